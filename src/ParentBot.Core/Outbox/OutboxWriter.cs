using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Outbox;

/// <summary>
/// Where reminders, broadcasts and notices are handed in: written to the outbox first (so nothing is lost
/// if we crash), then the dispatcher is woken. The key makes enqueuing idempotent.
/// </summary>
public sealed class OutboxWriter(OutboxStore store, OutboxDispatcher dispatcher, TimeProvider time)
{
    public bool Enqueue(ChatKey chat, OutboundMessage message, string key, DateTimeOffset? due = null, string? batch = null)
    {
        var added = store.Enqueue(new OutboxEntry(key, chat, message, due ?? time.GetUtcNow(), batch, OutboxStatus.Queued, 0));
        if (added)
        {
            dispatcher.Wake();
        }

        return added;
    }
}
