using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;

using ParentBot.Tests.Support;

namespace ParentBot.Tests.Dialogs;

public sealed class DialogContentTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private IReadOnlyList<DialogsProblem> Check(string dialogsPath)
    {
        using var provider = CoreServices(dialogsPath);
        return provider.GetRequiredService<DialogsCheck>().Run(DialogsContent.Load(dialogsPath));
    }

    private ServiceProvider CoreServices(string dialogsPath)
    {
        var services = new ServiceCollection();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ParentBot:Dialogs:Path"] = dialogsPath,
            ["ParentBot:Storage:Path"] = _dir.DatabasePath,
        }).Build();
        Core.CoreServiceCollectionExtensions.AddParentBotCore(services, config);
        services.AddLogging();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void RealDialogs_PassTheCheck()
    {
        var problems = Check(RepoPaths.Dialogs);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void RealDialogs_HaveEveryParentTextInElevenLanguages()
    {
        var content = DialogsContent.Load(RepoPaths.Dialogs);
        var codes = content.Languages.All.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(codes, new HashSet<string>(["nl", "fr", "en", "ar", "uk", "ru", "fa", "ps", "ti", "so", "tr"], StringComparer.Ordinal));
        // Staff-facing parts (texts/staff/, texts/console/) name their own languages in a languages.yaml.
        var english = content.Texts.EntriesOf("en").Where(e => content.Texts.LanguagesOfFolder(Path.GetDirectoryName(e.Value.File)!) is null).Select(e => e.Key).ToList();
        Assert.Contains("menu.prompt", english);
        foreach (var code in codes)
        {
            Assert.All(english, key => Assert.True(content.Texts.Has(code, key), $"{code} lacks {key}"));
        }
    }

    [Fact]
    public void StaffTexts_AreInDutchFrenchAndEnglish_AndNeedNoOtherLanguage()
    {
        var content = DialogsContent.Load(RepoPaths.Dialogs);

        Assert.All(["nl", "fr", "en"], code => Assert.True(content.Texts.Has(code, "staff.menu"), code));
        Assert.False(content.Texts.Has("ar", "staff.menu"));
        Assert.Empty(Check(RepoPaths.Dialogs));
    }

    [Fact]
    public void MissingText_IsReportedWithFileAndLine()
    {
        var dialogs = DialogsCopy.Make(_dir.Path, d => RemoveLine(Path.Combine(d, "texts", "ar.yaml"), "  prompt:", inSection: "menu:"));

        var problem = Assert.Single(Check(dialogs));

        Assert.EndsWith("ar.yaml", problem.File, StringComparison.Ordinal);
        Assert.Contains("'menu.prompt' is missing", problem.Message, StringComparison.Ordinal);
        Assert.Matches(@"en\.yaml:\d+", problem.Message);
    }

    [Fact]
    public void PlaceholderThatDiffers_IsReported()
    {
        var dialogs = DialogsCopy.Make(_dir.Path, d =>
        {
            var path = Path.Combine(d, "texts", "fr.yaml");
            var lines = File.ReadAllLines(path).ToList();
            var i = lines.FindIndex(l => l.Contains("{language}", StringComparison.Ordinal));
            lines[i] = lines[i].Replace("{language}", "{langue}", StringComparison.Ordinal);
            File.WriteAllLines(path, lines);
        });

        var problem = Assert.Single(Check(dialogs));

        Assert.EndsWith("fr.yaml", problem.File, StringComparison.Ordinal);
        Assert.True(problem.Line > 1);
        Assert.Contains("{langue}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TransitionToUnknownState_AndUnknownAction_AreReported()
    {
        var dialogs = DialogsCopy.Make(_dir.Path, d =>
        {
            var path = Path.Combine(d, "flows", "forget.yaml");
            var text = File.ReadAllText(path)
                .Replace("{ trigger: keep, to: kept }", "{ trigger: keep, to: nowhere }", StringComparison.Ordinal)
                .Replace("do: erase-my-data", "do: erase-everything", StringComparison.Ordinal);
            File.WriteAllText(path, text);
        });

        var problems = Check(dialogs);

        Assert.Contains(problems, p => p.Message.Contains("unknown state 'nowhere'", StringComparison.Ordinal) && p.File.EndsWith("forget.yaml", StringComparison.Ordinal) && p.Line > 1);
        Assert.Contains(problems, p => p.Message.Contains("unknown action 'erase-everything'", StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenYaml_NamesFileAndLine()
    {
        var dialogs = DialogsCopy.Make(_dir.Path, d => File.AppendAllText(Path.Combine(d, "flows", "forget.yaml"), "\n  - id: [unclosed\n"));

        var ex = Assert.Throws<DialogsException>(() => Check(dialogs));

        Assert.EndsWith("forget.yaml", ex.Problem.File, StringComparison.Ordinal);
        Assert.True(ex.Problem.Line > 10);
    }

    [Fact]
    public void Graph_DrawsEveryState()
    {
        var flow = FlowLoader.Load(Path.Combine(RepoPaths.Dialogs, "flows", "forget.yaml"));

        var dot = FlowGraph.ToDot(flow);

        Assert.StartsWith("digraph", dot.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("erased", dot, StringComparison.Ordinal);
        Assert.Contains("erase-my-data", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void DialogsCheckVerb_ReportsOk_OnTheRealContent()
    {
        using var output = new StringWriter();
        using var provider = CoreServices(RepoPaths.Dialogs);

        var exit = Host.Cli.DialogsCommand.Run(["check"], provider, output);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains("dialogs check: OK", output.ToString(), StringComparison.Ordinal);
    }

    private static void RemoveLine(string path, string startsWith, string inSection)
    {
        var lines = File.ReadAllLines(path).ToList();
        var section = lines.FindIndex(l => l.StartsWith(inSection, StringComparison.Ordinal));
        var index = lines.FindIndex(section, l => l.StartsWith(startsWith, StringComparison.Ordinal));
        lines.RemoveAt(index);
        File.WriteAllLines(path, lines);
    }
}
