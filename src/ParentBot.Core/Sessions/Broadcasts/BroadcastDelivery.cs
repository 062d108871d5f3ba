using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>
/// Queues a broadcast for every parent of its group, one outbox entry each with key <c>bc:{id}:{chat}</c>.
/// Queuing again after a crash adds only the entries that were missing, so nobody gets it twice.
/// </summary>
public sealed class BroadcastDelivery(SeriesStore series, BroadcastStore broadcasts, GroupRecipients recipients, BroadcastComposer composer, OutboxWriter outbox)
{
    /// <summary>Queues what is missing and marks the broadcast queued; returns the number of recipients.</summary>
    public int EnqueueAll(Broadcast broadcast)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        var group = series.Find(broadcast.SeriesId);
        var all = group is null ? [] : recipients.Of(group);
        foreach (var recipient in all)
        {
            EnqueueOne(broadcast, group!, recipient);
        }

        broadcasts.MarkEnqueued(broadcast.Id);
        return all.Count;
    }

    public bool EnqueueOne(Broadcast broadcast, SessionSeries group, Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        ArgumentNullException.ThrowIfNull(recipient);
        var due = broadcast.DueUtc is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        return outbox.Enqueue(
            recipient.Chat,
            composer.Compose(broadcast, group, recipient.Language),
            Broadcast.KeyFor(broadcast.Id, recipient.Chat.ToString()),
            due,
            broadcast.Batch);
    }
}
