using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Outbox;

/// <summary>The durable outbox and its dispatcher, delivering through the real Telegram client to the fake Bot API.</summary>
public sealed class OutboxTelegramTests : TelegramWorld
{
    private bool TryOpen(out ParentBotDatabase? database)
    {
        try
        {
            database = new ParentBotDatabase(Options.Create(new StorageOptions { Path = DatabasePath }));
            return true;
        }
        catch (InstanceLockedException)
        {
            database = null;
            return false;
        }
    }

    private static OutboundMessage Notice(string text) => new(text, TextDirection.Ltr, [], "notice:test");

    private OutboxWriter Writer => Host.Services.GetRequiredService<OutboxWriter>();

    private OutboxStore Store => Host.Services.GetRequiredService<OutboxStore>();

    [Fact]
    public async Task QueuedNotice_IsSentOnce_AndMarkedSent()
    {
        var chat = ChatKey.ForTelegram(700);

        Assert.True(Writer.Enqueue(chat, Notice("Tomorrow we meet at the library."), "notice:1"));
        Assert.False(Writer.Enqueue(chat, Notice("Tomorrow we meet at the library."), "notice:1"));

        var sent = Assert.Single(await Api.WaitForMessagesAsync(700, 1, Wait));
        Assert.Equal("Tomorrow we meet at the library.", sent.Text);
        await Poll.Eventually(() => Store.Find("notice:1")!.Status == OutboxStatus.Sent);
        Assert.Single(Api.MessagesTo(700));
    }

    [Fact]
    public async Task NoticeDueLater_WaitsForItsTime()
    {
        var now = Host.Time.GetUtcNow();
        Writer.Enqueue(ChatKey.ForTelegram(701), Notice("later"), "later", due: now.AddHours(1));
        Writer.Enqueue(ChatKey.ForTelegram(702), Notice("now"), "now");

        await Api.WaitForMessagesAsync(702, 1, Wait);
        Assert.Empty(Api.MessagesTo(701));
        Assert.Equal(OutboxStatus.Queued, Store.Find("later")!.Status);

        Host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal("later", Assert.Single(await Api.WaitForMessagesAsync(701, 1, Wait)).Text);
    }

    [Fact]
    public async Task BlockedParent_IsMarkedUnreachable_AndNotTriedAgain()
    {
        Api.EnqueueText(703, "/start", "en");
        await Api.WaitForMessagesAsync(703, 1, Wait);
        Api.BlockChat(703);

        Writer.Enqueue(ChatKey.ForTelegram(703), Notice("first"), "b1");
        await Poll.Eventually(() => Store.Find("b1")!.Status == OutboxStatus.Unreachable);
        Writer.Enqueue(ChatKey.ForTelegram(703), Notice("second"), "b2");
        await Poll.Eventually(() => Store.Find("b2")!.Status == OutboxStatus.Unreachable);

        Assert.True(Host.Services.GetRequiredService<ParentStore>().Find(ChatKey.ForTelegram(703))!.Unreachable);
        Assert.Single(Api.RequestsFor("sendMessage"), r => r.ChatId == 703 && r.StatusCode == 403);
    }

    [Fact]
    public async Task CrashMidWave_RestartSendsTheRest_AndNothingTwice()
    {
        await StopHostAsync();
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        // The stopped host releases the database lock as its services are disposed; wait for that, as a
        // restarted process would wait for the old one to exit.
        ParentBotDatabase? opened = null;
        await Poll.Eventually(() => TryOpen(out opened));
        using (var database = opened!)
        {
            var store = new OutboxStore(database);
            for (var i = 0; i < 10; i++)
            {
                store.Enqueue(new OutboxEntry($"wave:{i}", ChatKey.ForTelegram(800 + i), Notice($"wave {i}"), now, "wave", OutboxStatus.Queued, 0));
            }

            // The first four went out before the crash and were marked.
            for (var i = 0; i < 4; i++)
            {
                store.MarkSent($"wave:{i}", now);
            }
        }

        StartHost();

        for (var i = 4; i < 10; i++)
        {
            Assert.Equal($"wave {i}", Assert.Single(await Api.WaitForMessagesAsync(800 + i, 1, Wait)).Text);
        }

        await Poll.Eventually(() => Store.InBatch("wave").All(e => e.Status == OutboxStatus.Sent));
        Assert.All(Enumerable.Range(0, 4), i => Assert.Empty(Api.MessagesTo(800 + i)));
        Assert.Equal(6, Api.SentMessages.Count);
    }
}
