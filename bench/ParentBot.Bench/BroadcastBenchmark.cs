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
using Telegram.Bot;

namespace ParentBot.Bench;

/// <summary>
/// One broadcast to N parents through the real outbox, dispatcher, pacer and Telegram client, over a real
/// LiteDB file, to the fake Bot API enforcing the limit (1 message/s per chat, <c>limit</c> in all).
/// Prints one last line: rate, lost, duplicates and 429s. The rate is the messages delivered to the N parents
/// over the time from the dispatcher's start until the last of them is marked sent.
/// </summary>
internal static class BroadcastBenchmark
{
    private const long WarmUpChat = -1;

    public static async Task<int> RunAsync(int recipients, int limit, bool cold)
    {
        var dir = Path.Combine(Path.GetTempPath(), "parentbot-bench", Guid.NewGuid().ToString("N"));
        await using var api = await FakeBotApiServer.StartAsync();
        api.EnforceLimits(limit, perChatPerSecond: 1);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ParentBot:Storage:Path"] = Path.Combine(dir, "parentbot.db"),
            ["ParentBot:Telegram:Token"] = api.Token,
            ["ParentBot:Telegram:ApiBaseUrl"] = api.BaseUrl,
            // The full limit: the pacer's places, not a rate cut, keep arrival jitter from earning 429s (SendPacer).
            ["ParentBot:Telegram:GlobalPerSecond"] = limit.ToString(CultureInfo.InvariantCulture),
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

        if (!cold)
        {
            await WarmUpAsync(provider.GetRequiredService<ITelegramBotClient>());
        }

        var dispatcher = provider.GetRequiredService<OutboxDispatcher>();
        var clock = Stopwatch.StartNew();
        await dispatcher.StartAsync(CancellationToken.None);
        var elapsed = await WaitUntilMarkedAsync(api, store, recipients, clock);
        await dispatcher.StopAsync(CancellationToken.None);

        var delivered = api.SentMessages.Where(m => m.ChatId >= 1 && m.ChatId <= recipients)
            .GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        var lost = Enumerable.Range(1, recipients).Count(i => !delivered.ContainsKey(i));
        var duplicates = delivered.Values.Sum(c => c - 1);
        var tooMany = api.Requests.Count(r => r.StatusCode == 429);
        var rate = delivered.Values.Sum() / elapsed.TotalSeconds;
        Console.Out.WriteLine(FormattableString.Invariant(
            $"broadcast: {recipients} recipients, {rate:F1} msg/s, limit {limit} msg/s, lost {lost}, duplicates {duplicates}, 429s {tooMany}"));
        return lost == 0 && duplicates == 0 ? 0 : 1;
    }

    /// <summary>
    /// One message to a chat outside the broadcast, then its second let pass. The first sendMessage costs a few
    /// hundred milliseconds of JIT, mostly in the fake server (which stands in for an always-warm Telegram) and in
    /// the client (warm in production long before a broadcast: start-up calls, replies). The dispatcher itself
    /// starts cold: its first read of the store and its first sends are measured. <c>--cold</c> skips this.
    /// </summary>
    private static async Task WarmUpAsync(ITelegramBotClient bot)
    {
        await bot.SendMessage(WarmUpChat, "warm-up");
        await Task.Delay(TimeSpan.FromSeconds(1.1));
    }

    /// <summary>
    /// The time from the dispatcher's start until no entry of the broadcast is queued any more, seen within a few
    /// milliseconds. Reading the store is not free (it competes with the dispatcher for the database and the CPU),
    /// so it is read often only once the fake server has received every message, which it signals itself; until
    /// then every ten seconds, in case some never arrive.
    /// </summary>
    private static async Task<TimeSpan> WaitUntilMarkedAsync(FakeBotApiServer api, OutboxStore store, int recipients, Stopwatch clock)
    {
        var patience = TimeSpan.FromHours(2);
        var arrived = api.WaitForRequestsAsync("sendMessage", recipients, patience, r => r.Succeeded && r.ChatId != WarmUpChat);
        while (clock.Elapsed < patience)
        {
            if (arrived.IsCompleted)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(2));
            }
            else
            {
                await Task.WhenAny(arrived, Task.Delay(TimeSpan.FromSeconds(10)));
            }

            if (store.CountQueued("bench") == 0)
            {
                return clock.Elapsed;
            }
        }

        return clock.Elapsed;
    }
}
