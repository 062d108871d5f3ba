using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Staff;
using ParentBot.Tests.Support;
using ParentBot.Web.Staff.Content;

namespace ParentBot.Tests.Staff;

/// <summary>The content page: flows drawn without Graphviz or the internet, and the review state of every language.</summary>
public sealed partial class ConsoleContentTests
{
    [Fact]
    public async Task ContentPage_ListsEveryFlow_AndTheReviewStateOfEveryKnowledgeAnswerPerLanguage()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        using var client = await world.LoggedInAsync(world.ReadyAccount("hvk", "sara@hvk.be", StaffRole.Facilitator));
        var content = world.Services.GetRequiredService<DialogsContent>();

        var page = await client.GetAsync("/staff/content");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.All(content.Flows, f => Assert.Contains($"href=\"/staff/content/flows/{f.Id}\"", page.Html, StringComparison.Ordinal));
        Assert.All(content.Knowledge.Entries, e => Assert.Contains($"data-entry=\"{e.Id}\"", page.Html, StringComparison.Ordinal));
        var reviewed = content.Knowledge.Entries.SelectMany(e => e.Texts.Values).Count(t => t.Reviewed);
        var machine = content.Knowledge.Entries.SelectMany(e => e.Texts.Values).Count(t => !t.Reviewed);
        var knowledgeTable = page.Html[page.Html.IndexOf("id=\"knowledge-review\"", StringComparison.Ordinal)..];
        Assert.Equal(reviewed, ReviewedCell().Count(knowledgeTable));
        Assert.Equal(machine, UncheckedCell().Count(knowledgeTable));
        var textTable = page.Html[page.Html.IndexOf("id=\"text-review\"", StringComparison.Ordinal)..page.Html.IndexOf("id=\"knowledge-review\"", StringComparison.Ordinal)];
        Assert.Contains("<th>ask</th>", textTable, StringComparison.Ordinal);
        var consoleRow = textTable[textTable.IndexOf("<th>console</th>", StringComparison.Ordinal)..];
        Assert.Equal(content.Languages.All.Count - 3, NotNeededCell().Count(consoleRow[..consoleRow.IndexOf("</tr>", StringComparison.Ordinal)]));
        Assert.DoesNotContain("class=\"missing\"", textTable, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlowPage_DrawsEveryStateAndTransition_AsInlineSvg()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        using var client = await world.LoggedInAsync(world.ReadyAccount("hvk", "sara@hvk.be"));
        var flow = world.Services.GetRequiredService<FlowCatalog>()["ask-person"];

        var page = await client.GetAsync("/staff/content/flows/ask-person");
        var dot = await client.GetAsync("/staff/content/flows/ask-person?handler=dot");
        var unknown = await client.GetAsync("/staff/content/flows/no-such-flow");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.All(flow.States, s => Assert.Contains($"data-state=\"{s.Id}\"", page.Html, StringComparison.Ordinal));
        Assert.Contains("data-state=\"→main-menu\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("typed / send-question", page.Html, StringComparison.Ordinal);
        Assert.Contains("digraph", dot.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public void Diagram_HasOneBoxPerStateAndOneArrowPerTransition_AndEscapesNames()
    {
        var flow = new FlowDefinition("demo", 2, "a",
        [
            State("a", [new TransitionDefinition("go<b>", "b", "ok&ready", "do-it", 1), new TransitionDefinition("again", "a", null, null, 2)]),
            State("b", [new TransitionDefinition("back", "a", null, null, 3)], then: null),
            State("c", [], then: "main-menu"),
        ], "demo.yaml", 1);

        var svg = XElement.Parse(FlowDiagram.Render(flow));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal(["a", "b", "c", "→main-menu"], svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") is "node" or "node external").Select(g => (string)g.Attribute("data-state")!));
        Assert.Equal(4, svg.Descendants(ns + "g").Count(g => (string?)g.Attribute("class") == "edge"));
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "go<b> [ok&ready] / do-it");
        Assert.DoesNotContain("<b>", FlowDiagram.Render(flow), StringComparison.Ordinal);
    }

    private static StateDefinition State(string id, IReadOnlyList<TransitionDefinition> transitions, string? then = null) =>
        new(id, "some.text", [], null, transitions, null, then, false, null, null, 1);

    [GeneratedRegex("<td class=\"reviewed\"")]
    private static partial Regex ReviewedCell();

    [GeneratedRegex("<td class=\"notneeded\"")]
    private static partial Regex NotNeededCell();

    [GeneratedRegex("<td class=\"unchecked\"")]
    private static partial Regex UncheckedCell();
}
