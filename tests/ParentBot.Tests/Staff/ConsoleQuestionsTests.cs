using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Questions;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Staff;

/// <summary>A parent asks in the web chat (real HTTP API), staff answer in the console, the parent's chat receives it.</summary>
public sealed class ConsoleQuestionsTests
{
    [Fact]
    public async Task ParentAsksInTheWebChat_StaffAnswerInTheConsole_AndTheChatReceivesItWithANote()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        var sara = world.ReadyAccount("hvk", "sara@hvk.be");
        using var http = world.Host.CreateClient();
        var session = await AskInWebChatAsync(http, "tr", "Çocuğum hasta, yarın gelebilir miyim?");
        using var console = await world.LoggedInAsync(sara);

        var list = await console.GetAsync("/staff/questions");
        var thread = Assert.Single(world.Services.GetRequiredService<QuestionStore>().InOrganisation("hvk", QuestionStatus.Waiting));
        var page = await console.GetAsync($"/staff/questions/{thread.Id}");
        var sent = await console.PostAsync($"/staff/questions/{thread.Id}", $"/staff/questions/{thread.Id}?handler=reply",
            new Dictionary<string, string> { ["text"] = "Ja, dat kan. Tot morgen!" });
        var after = await console.GetAsync(sent.Location!.OriginalString);

        Assert.Contains("Çocuğum hasta", list.Html, StringComparison.Ordinal);
        Assert.Contains("Türkçe (tr)", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Contains("Your answer is on its way", after.Html, StringComparison.Ordinal);
        JsonElement pushed = default;
        await Poll.Eventually(() =>
        {
            var messages = GetPushed(http, session);
            pushed = messages.FirstOrDefault(m => m.GetProperty("ref").GetString() == "notice:staff-answer");
            return pushed.ValueKind == JsonValueKind.Object;
        });
        var text = pushed.GetProperty("text").GetString()!;
        Assert.StartsWith("💬 Huis van het Kind Mechelen çalışanı sara tarafından bir mesaj.", text, StringComparison.Ordinal);
        Assert.EndsWith("Ja, dat kan. Tot morgen!", text, StringComparison.Ordinal);
        Assert.StartsWith("aq:", pushed.GetProperty("buttons")[0][0].GetProperty("value").GetString(), StringComparison.Ordinal);
        await Poll.Eventually(() => console.GetAsync($"/staff/questions/{thread.Id}").GetAwaiter().GetResult().Html.Contains("delivered to the chat", StringComparison.Ordinal));
        Assert.Contains(world.Services.GetRequiredService<AuditStore>().InOrganisation("hvk", 0, 10), e => e.Action == AuditActions.QuestionReplied && e.Subject == thread.Id);
    }

    [Fact]
    public async Task WhatAParentWrote_IsShownEscaped_NeverAsHtml()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        var sara = world.ReadyAccount("hvk", "sara@hvk.be");
        using var http = world.Host.CreateClient();
        await AskInWebChatAsync(http, "en", "<script>alert('x')</script><b>bold</b>");
        using var console = await world.LoggedInAsync(sara);
        var thread = Assert.Single(world.Services.GetRequiredService<QuestionStore>().InOrganisation("hvk", QuestionStatus.Waiting));

        var list = await console.GetAsync("/staff/questions");
        var page = await console.GetAsync($"/staff/questions/{thread.Id}");

        foreach (var html in new[] { list.Html, page.Html })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EmptyOrOverlongAnswers_AreRefused_AndNothingIsSent()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        var sara = world.ReadyAccount("hvk", "sara@hvk.be");
        using var http = world.Host.CreateClient();
        await AskInWebChatAsync(http, "en", "A question");
        using var console = await world.LoggedInAsync(sara);
        var thread = Assert.Single(world.Services.GetRequiredService<QuestionStore>().InOrganisation("hvk", QuestionStatus.Waiting));

        var empty = await console.PostAsync($"/staff/questions/{thread.Id}", $"/staff/questions/{thread.Id}?handler=reply", new Dictionary<string, string> { ["text"] = "   " });
        var tooLong = await console.PostAsync($"/staff/questions/{thread.Id}", $"/staff/questions/{thread.Id}?handler=reply",
            new Dictionary<string, string> { ["text"] = new string('a', StaffAnswers.MaxLength + 1) });

        Assert.Contains("Write an answer first.", empty.Html, StringComparison.Ordinal);
        Assert.Contains("The answer is too long", tooLong.Html, StringComparison.Ordinal);
        Assert.Single(world.Services.GetRequiredService<QuestionStore>().FindIn(thread.Id, "hvk")!.Messages);
    }

    [Fact]
    public async Task MarkingDone_MovesTheThread_AndTheParentsNextAnswerOpensItAgain()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        var sara = world.ReadyAccount("hvk", "sara@hvk.be");
        using var http = world.Host.CreateClient();
        var session = await AskInWebChatAsync(http, "en", "A question");
        using var console = await world.LoggedInAsync(sara);
        var store = world.Services.GetRequiredService<QuestionStore>();
        var thread = Assert.Single(store.InOrganisation("hvk", QuestionStatus.Waiting));
        await console.PostAsync($"/staff/questions/{thread.Id}", $"/staff/questions/{thread.Id}?handler=reply", new Dictionary<string, string> { ["text"] = "An answer" });

        var closed = await console.PostAsync($"/staff/questions/{thread.Id}", $"/staff/questions/{thread.Id}?handler=close", new Dictionary<string, string>());
        var doneList = await console.GetAsync("/staff/questions?status=closed");
        await PostAsync(http, session, new { button = "aq:" + thread.Id });
        await PostAsync(http, session, new { text = "One more thing" });

        Assert.Equal(HttpStatusCode.Redirect, closed.Status);
        Assert.Contains(thread.Id, doneList.Html, StringComparison.Ordinal);
        var reopened = store.FindIn(thread.Id, "hvk")!;
        Assert.Equal(QuestionStatus.Waiting, reopened.Status);
        Assert.Equal("One more thing", reopened.Messages[^1].Text);
    }

    private static async Task<string> AskInWebChatAsync(HttpClient http, string language, string question)
    {
        var created = await http.PostAsJsonAsync("/api/chat/sessions", new { language });
        var session = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetString()!;
        await PostAsync(http, session, new { button = "f:main-menu:1:menu:ask-person" });
        var sent = await PostAsync(http, session, new { text = question });
        Assert.Equal("flow:ask-person/sent", sent[0].GetProperty("ref").GetString());
        return session;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string session, object body)
    {
        var response = await http.PostAsJsonAsync($"/api/chat/sessions/{session}/messages", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages");
    }

    private static List<JsonElement> GetPushed(HttpClient http, string session)
    {
        var json = http.GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{session}/messages?after=0").GetAwaiter().GetResult();
        return [.. json.GetProperty("messages").EnumerateArray()];
    }
}
