using Microsoft.Extensions.Options;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Storage;

public sealed class OutboxStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _dir = new();
    private readonly ParentBotDatabase _database;
    private readonly OutboxStore _store;

    public OutboxStoreTests()
    {
        _database = new ParentBotDatabase(Options.Create(new StorageOptions { Path = _dir.DatabasePath }));
        _store = new OutboxStore(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void Due_IsOldestFirst_SameTimeInTheOrderQueued_WithoutSentOrLaterOnes()
    {
        Enqueue("late", Now.AddSeconds(2));
        Enqueue("z-now", Now);
        Enqueue("a-now", Now);
        Enqueue("done", Now);
        Enqueue("soon", Now.AddSeconds(1));
        Enqueue("tomorrow", Now.AddDays(1));
        _store.MarkSent("done", Now);

        Assert.Equal("z-now a-now soon late", Keys(_store.Due(Now.AddSeconds(5), 10)));
        Assert.Equal("z-now a-now", Keys(_store.Due(Now.AddSeconds(5), 2)));
        Assert.Equal("z-now a-now soon", Keys(_store.Due(Now.AddSeconds(1), 10)));
    }

    [Fact]
    public void Record_WritesEachOutcome_AndARetryGoesBehindWhatIsDueThen()
    {
        Enqueue("a", Now);
        Enqueue("b", Now);
        Enqueue("c", Now);

        _store.Record([
            new OutboxOutcome("a", OutboxStatus.Queued, Now, RetryAt: Now.AddSeconds(5)),
            new OutboxOutcome("b", OutboxStatus.Sent, Now.AddSeconds(1)),
        ]);

        Assert.Equal("c", Keys(_store.Due(Now.AddSeconds(4), 10)));
        Assert.Equal("c a", Keys(_store.Due(Now.AddSeconds(5), 10)));
        Assert.Equal((OutboxStatus.Sent, 1), (_store.Find("b")!.Status, _store.Find("b")!.Attempts));
        Assert.Equal((OutboxStatus.Queued, 1), (_store.Find("a")!.Status, _store.Find("a")!.Attempts));
        Assert.Equal(2, _store.CountQueued("test"));
    }

    private void Enqueue(string key, DateTimeOffset due) =>
        _store.Enqueue(new OutboxEntry(key, ChatKey.ForTelegram(1), new OutboundMessage(key, TextDirection.Ltr, [], "notice:test"), due, "test", OutboxStatus.Queued, 0));

    private static string Keys(IReadOnlyList<OutboxEntry> entries) => string.Join(' ', entries.Select(e => e.Key));
}
