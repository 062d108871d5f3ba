using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Outbox;

public sealed class AttachmentWebTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task NoticeWithAFile_IsOfferedAsADownload_ToThatSessionOnly()
    {
        await using var factory = new ParentBotFactory(_dir.DatabasePath);
        using var http = factory.CreateClient();
        var (mine, last) = await StartAsync(http);
        var (other, _) = await StartAsync(http);
        var file = new MessageAttachment("visit.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));

        factory.Services.GetRequiredService<OutboxWriter>().Enqueue(
            ChatKey.ForWeb(mine), new OutboundMessage("Your visit is confirmed.", TextDirection.Ltr, [], "notice:test", file), "web-file:1");

        JsonElement later = default;
        await Poll.Eventually(() =>
        {
            later = http.GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{mine}/messages?after={last}").GetAwaiter().GetResult();
            return later.GetProperty("messages").GetArrayLength() > 0;
        });
        var attachment = Assert.Single(later.GetProperty("messages").EnumerateArray()).GetProperty("attachment");
        Assert.Equal("visit.ics", attachment.GetProperty("name").GetString());
        var url = attachment.GetProperty("url").GetString()!;

        var download = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/calendar", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(url.Replace(mine, other, StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(url.Replace(mine, "no-such-session", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task MessageWithoutAFile_HasNoAttachmentField_AndNoDownload()
    {
        await using var factory = new ParentBotFactory(_dir.DatabasePath);
        using var http = factory.CreateClient();
        var created = await (await http.PostAsJsonAsync("/api/chat/sessions", new { language = "en" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("sessionId").GetString()!;

        Assert.All(created.GetProperty("messages").EnumerateArray(), m => Assert.False(m.TryGetProperty("attachment", out _)));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/chat/sessions/{id}/messages/1/attachment")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/chat/sessions/{id}/messages/x/attachment")).StatusCode);
    }

    private static async Task<(string Id, long Last)> StartAsync(HttpClient http)
    {
        var created = await (await http.PostAsJsonAsync("/api/chat/sessions", new { language = "en" })).Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("sessionId").GetString()!, created.GetProperty("messages").EnumerateArray().Last().GetProperty("seq").GetInt64());
    }
}
