using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Outbox;

public sealed class OutboxWebTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task QueuedNotice_ReachesTheWebChat_AsALaterMessage()
    {
        await using var factory = new ParentBotFactory(_dir.DatabasePath);
        using var http = factory.CreateClient();
        var created = await (await http.PostAsJsonAsync("/api/chat/sessions", new { language = "en" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("sessionId").GetString()!;
        var last = created.GetProperty("messages").EnumerateArray().Last().GetProperty("seq").GetInt64();

        factory.Services.GetRequiredService<OutboxWriter>().Enqueue(
            ChatKey.ForWeb(id), new OutboundMessage("The group meets at the library tomorrow.", TextDirection.Ltr, [], "notice:library"), "web:1");

        JsonElement later = default;
        await Poll.Eventually(() =>
        {
            later = http.GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{id}/messages?after={last}").GetAwaiter().GetResult();
            return later.GetProperty("messages").GetArrayLength() > 0;
        });
        var message = Assert.Single(later.GetProperty("messages").EnumerateArray());
        Assert.Equal("notice:library", message.GetProperty("ref").GetString());
        Assert.Equal(last + 1, message.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task Health_SaysTheDispatcherRuns()
    {
        await using var factory = new ParentBotFactory(_dir.DatabasePath);
        using var http = factory.CreateClient();

        var health = await http.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(factory.Services.GetRequiredService<OutboxDispatcher>().IsRunning);
    }
}
