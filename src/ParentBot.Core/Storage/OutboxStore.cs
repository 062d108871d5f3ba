using LiteDB;
using ParentBot.Core.Conversations;
using ParentBot.Core.Outbox;

namespace ParentBot.Core.Storage;

/// <summary>
/// The durable outbox: every message that is not a direct reply is written here first, then sent by the
/// dispatcher and marked. A crash at any point leaves each entry queued or sent, never lost.
/// </summary>
public sealed class OutboxStore(ParentBotDatabase database)
{
    /// <summary>Adds the entry unless its key exists already; returns whether it was added.</summary>
    public bool Enqueue(OutboxEntry entry) => database.Write(db => Insert(db, entry));

    /// <summary>
    /// Adds the entry inside a transaction another store already holds, so a notice is queued together with
    /// the change it tells about (a booking approved and its confirmation), or not at all.
    /// </summary>
    internal static bool Insert(LiteDatabase db, OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var outbox = db.GetCollection<OutboxDocument>(Collections.Outbox);
        if (outbox.FindById(entry.Key) is not null)
        {
            return false;
        }

        outbox.Insert(new OutboxDocument
        {
            Id = entry.Key,
            Chat = entry.Chat.ToString(),
            Text = entry.Message.Text,
            Direction = MessageMapping.ToStored(entry.Message.Direction),
            Buttons = MessageMapping.ToStored(entry.Message.Buttons),
            Ref = entry.Message.Ref,
            Attachment = MessageMapping.ToStored(entry.Message.Attachment),
            DueUtc = entry.Due.UtcDateTime,
            NextAttemptUtc = entry.Due.UtcDateTime,
            Batch = entry.Batch,
        });
        return true;
    }

    /// <summary>
    /// Queued entries whose time has come: oldest first, entries due at the same moment in the order they were
    /// queued (or rescheduled). Read through the queue index, so the cost grows with <paramref name="limit"/>,
    /// not with the size of the outbox or of the queue.
    /// </summary>
    public IReadOnlyList<OutboxEntry> Due(DateTimeOffset now, int limit) =>
        [.. database.Collection<OutboxDocument>(Collections.Outbox)
            .Find(QueuedUntil(now.UtcDateTime), limit: limit)
            .Select(ToEntry)];

    /// <summary>How many entries of <paramref name="batch"/> still wait to be sent (now or later).</summary>
    public int CountQueued(string batch) =>
        database.Collection<OutboxDocument>(Collections.Outbox)
            .Find(QueuedUntil(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)))
            .Count(d => string.Equals(d.Batch, batch, StringComparison.Ordinal));

    public OutboxEntry? Find(string key) =>
        database.Collection<OutboxDocument>(Collections.Outbox).FindById(key) is { } doc ? ToEntry(doc) : null;

    public IReadOnlyList<OutboxEntry> OfChat(ChatKey chat)
    {
        var key = chat.ToString();
        return [.. database.Collection<OutboxDocument>(Collections.Outbox).Find(d => d.Chat == key).Select(ToEntry)];
    }

    public IReadOnlyList<OutboxEntry> InBatch(string batch) =>
        [.. database.Collection<OutboxDocument>(Collections.Outbox).Find(d => d.Batch == batch).Select(ToEntry)];

    /// <summary>
    /// Takes back what is still waiting for <paramref name="chat"/> under keys starting with <paramref name="keyPrefix"/>
    /// (reminders for a town the parent moved away from). Sent, failed and unreachable entries stay as they are.
    /// </summary>
    public int RemoveQueued(ChatKey chat, string keyPrefix) => database.Write(db =>
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        return db.GetCollection<OutboxDocument>(Collections.Outbox).DeleteMany(QueuedFor(chat, keyPrefix));
    });

    /// <summary>Keys of what still waits for <paramref name="chat"/> under <paramref name="keyPrefix"/> (for /mydata).</summary>
    public IReadOnlyList<string> QueuedKeys(ChatKey chat, string keyPrefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        return [.. database.Collection<OutboxDocument>(Collections.Outbox).Find(QueuedFor(chat, keyPrefix)).Select(d => d.Id)];
    }

    public void MarkSent(string key, DateTimeOffset at) => Record([new OutboxOutcome(key, OutboxStatus.Sent, at)]);

    /// <summary>
    /// Records the outcomes in one transaction: all of them are stored, or none. One transaction is one
    /// flush to disk, which costs milliseconds, so the dispatcher records what finished meanwhile together.
    /// </summary>
    public void Record(IReadOnlyCollection<OutboxOutcome> outcomes) => database.Write(db =>
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var outbox = db.GetCollection<OutboxDocument>(Collections.Outbox);
        foreach (var outcome in outcomes)
        {
            if (outbox.FindById(outcome.Key) is { } doc)
            {
                Apply(doc, outcome);
                outbox.Update(doc);
            }
        }

        return outcomes.Count;
    });

    private static BsonExpression QueuedFor(ChatKey chat, string keyPrefix) => Query.And(
        Query.EQ(nameof(OutboxDocument.Chat), chat.ToString()),
        Query.EQ(nameof(OutboxDocument.Status), nameof(OutboxStatus.Queued)),
        Query.StartsWith("_id", keyPrefix));
    private static void Apply(OutboxDocument doc, OutboxOutcome outcome)
    {
        doc.Status = outcome.Status.ToString();
        doc.Attempts++;
        if (outcome.Status == OutboxStatus.Sent)
        {
            doc.SentUtc = outcome.At.UtcDateTime;
        }

        if (outcome.RetryAt is { } next)
        {
            doc.NextAttemptUtc = next.UtcDateTime;
        }
    }

    private static BsonExpression QueuedUntil(DateTime utc) =>
        Query.Between(OutboxDocument.QueueExpression, new BsonValue(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)), new BsonValue(utc));

    private static OutboxEntry ToEntry(OutboxDocument d) => new(
        d.Id,
        ChatKey.Parse(d.Chat),
        new OutboundMessage(
            d.Text, MessageMapping.ToDirection(d.Direction), MessageMapping.ToButtons(d.Buttons), d.Ref, MessageMapping.ToAttachment(d.Attachment)),
        new DateTimeOffset(DateTime.SpecifyKind(d.DueUtc, DateTimeKind.Utc)),
        d.Batch,
        Enum.Parse<OutboxStatus>(d.Status),
        d.Attempts);
}
