using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits;

/// <summary>
/// Where every change to a booking is made: in one transaction with the notices it causes, after which the
/// dispatcher is woken so those notices go out at once. Also the clock all visit decisions use.
/// </summary>
public sealed class VisitLedger(VisitBookingStore store, OutboxDispatcher dispatcher, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public VisitBooking? Find(string id) => store.Find(id);

    public T Write<T>(Func<VisitTransaction, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var queued = 0;
        var result = store.Write(tx =>
        {
            var outcome = work(tx);
            queued = tx.Queued;
            return outcome;
        });
        if (queued > 0)
        {
            dispatcher.Wake();
        }

        return result;
    }
}
