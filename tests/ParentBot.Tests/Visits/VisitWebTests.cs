using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Visits;

/// <summary>The whole loop in the web chat: the parent through the HTTP API, staff through the core review service the console uses.</summary>
public sealed class VisitWebTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ParentBooksOnTheWeb_GetsTheConfirmationWithADownload_ThenCancels()
    {
        await using var factory = new ParentBotFactory(_dir.DatabasePath);
        using var http = factory.CreateClient();
        VisitTestData.Seed(factory.Services);
        var created = await (await http.PostAsJsonAsync("/api/chat/sessions", new { language = "en" })).Content.ReadFromJsonAsync<JsonElement>();
        var session = created.GetProperty("sessionId").GetString()!;
        var messages = created.GetProperty("messages");
        foreach (var step in new[] { ":menu:book-visit", ":childcare", ":mechelen", ":" + VisitTestData.Zonneke, ":venue-info:go", ":2025", ":2025-03", ":" + VisitTestData.FirstTime, ":none", ":confirm:send" })
        {
            messages = await PressAsync(http, session, messages, step);
        }

        var id = factory.Services.GetRequiredService<VisitBookingStore>().OfChat(Core.Conversations.ChatKey.ForWeb(session)).Single().Id;
        var last = messages.EnumerateArray().Last().GetProperty("seq").GetInt64();
        Assert.Equal(ReviewOutcome.Done, factory.Services.GetRequiredService<VisitReview>().Approve(VisitTestData.Sara(factory.Services), id));
        JsonElement confirmation = default;
        await Poll.Eventually(() =>
        {
            var later = http.GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{session}/messages?after={last}").GetAwaiter().GetResult();
            confirmation = later.GetProperty("messages").EnumerateArray().FirstOrDefault(m => m.GetProperty("ref").GetString() == "notice:visit-approved");
            return confirmation.ValueKind == JsonValueKind.Object;
        });
        var download = await http.GetAsync(confirmation.GetProperty("attachment").GetProperty("url").GetString());
        var confirm = await PressAsync(http, session, WrapOne(confirmation), ":" + id);
        var cancelled = await PressAsync(http, session, confirm, ":cancel-confirm:yes");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("DTSTART;TZID=Europe/Brussels:20261125T140000", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("flow:my-visits/cancelled", cancelled[0].GetProperty("ref").GetString());
        Assert.Equal(VisitStatus.Cancelled, factory.Services.GetRequiredService<VisitBookingStore>().Find(id)!.Status);
        Assert.NotNull(factory.Services.GetRequiredService<OutboxStore>().Find($"visit:{id}:3:cancelled:sara"));
    }

    private static JsonElement WrapOne(JsonElement message) => JsonSerializer.SerializeToElement(new[] { message });

    private static async Task<JsonElement> PressAsync(HttpClient http, string session, JsonElement messages, string suffix)
    {
        var value = messages.EnumerateArray().SelectMany(m => m.GetProperty("buttons").EnumerateArray().SelectMany(r => r.EnumerateArray()))
            .Select(b => b.GetProperty("value").GetString()!)
            .First(v => v.EndsWith(suffix, StringComparison.Ordinal) && !v.StartsWith("vis:t:", StringComparison.Ordinal));
        var response = await http.PostAsJsonAsync($"/api/chat/sessions/{session}/messages", new { button = value });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages");
    }
}
