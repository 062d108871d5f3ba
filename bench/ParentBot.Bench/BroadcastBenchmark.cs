using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParentBot.Core;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;
using ParentBot.Telegram;
using ParentBot.Tests.Support;

namespace ParentBot.Bench;

/// <summary>
/// One broadcast to N parents through the real outbox, dispatcher, pacer and Telegram client, over a real
/// LiteDB file, to the fake Bot API enforcing the limit (1 message/s per chat, <c>limit</c> in all).
/// Prints one last line: rate, lost, duplicates and 429s.
/// </summary>
internal static class BroadcastBenchmark
{
    public static async Task<int> RunAsync(int recipients, int limit)
    {
        var dir = Path.Combine(Path.GetTempPath(), "parentbot-bench", Guid.NewGuid().ToString("N"));
        await using var api = await FakeBotApiServer.StartAsync();
        api.EnforceLimits(limit, perChatPerSecond: 1);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ParentBot:Storage:Path"] = Path.Combine(dir, "parentbot.db"),
            ["ParentBot:Telegram:Token"] = api.Token,
            ["ParentBot:Telegram:ApiBaseUrl"] = api.BaseUrl,
            // Pace just under the limit, as in production: arrival jitter over HTTP would otherwise push a
            // few messages into the same second on the server and earn 429s.
            ["ParentBot:Telegram:GlobalPerSecond"] = (limit * 0.97).ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Error));
        services.AddParentBotCore(configuration).AddParentBotTelegram(configuration);
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<OutboxStore>();
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 1; i <= recipients; i++)
        {
            store.Enqueue(new OutboxEntry($"bench:{i}", ChatKey.ForTelegram(i), new OutboundMessage("Tomorrow we meet at the library at 9:00.", TextDirection.Ltr, [], "notice:bench"),
                now, "bench", OutboxStatus.Queued, 0));
        }

        var dispatcher = provider.GetRequiredService<OutboxDispatcher>();
        var clock = Stopwatch.StartNew();
        await dispatcher.StartAsync(CancellationToken.None);
        while (store.InBatch("bench").Any(e => e.Status == OutboxStatus.Queued) && clock.Elapsed < TimeSpan.FromHours(2))
        {
            await Task.Delay(200);
        }

        clock.Stop();
        await dispatcher.StopAsync(CancellationToken.None);

        var delivered = api.SentMessages.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        var lost = Enumerable.Range(1, recipients).Count(i => !delivered.ContainsKey(i));
        var duplicates = delivered.Values.Sum(c => c - 1);
        var tooMany = api.Requests.Count(r => r.StatusCode == 429);
        var rate = api.SentMessages.Count / clock.Elapsed.TotalSeconds;
        Console.Out.WriteLine(FormattableString.Invariant(
            $"broadcast: {recipients} recipients, {rate:F1} msg/s, limit {limit} msg/s, lost {lost}, duplicates {duplicates}, 429s {tooMany}"));
        return lost == 0 && duplicates == 0 ? 0 : 1;
    }
}
