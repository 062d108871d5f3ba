using LiteDB;
using ParentBot.Core.Outbox;
using ParentBot.Core.Visits;

namespace ParentBot.Core.Storage;

/// <summary>
/// One write to bookings, in one LiteDB transaction under the database's one write lock: read a booking, check
/// the places still free at its time, change it, and queue the notices that tell parent and staff — all of it is
/// stored, or none. Two parents can therefore never both get the last place.
/// </summary>
public sealed class VisitTransaction
{
    private readonly ILiteCollection<VisitBooking> _bookings;
    private readonly LiteDatabase _db;

    internal VisitTransaction(LiteDatabase db)
    {
        _db = db;
        _bookings = db.GetCollection<VisitBooking>(Collections.VisitBookings);
    }

    /// <summary>How many notices this transaction queued (the dispatcher is woken when there are any).</summary>
    public int Queued { get; private set; }

    public VisitBooking? Find(string id) => _bookings.FindById(id);

    public void Insert(VisitBooking booking) => _bookings.Insert(booking);

    public void Save(VisitBooking booking) => _bookings.Update(booking);

    public void Delete(string id) => _bookings.Delete(id);

    /// <summary>Places taken at a venue's time by bookings other than <paramref name="except"/>.</summary>
    public int Held(string venueId, string slotKey, string? except) =>
        _bookings.Find(b => b.VenueId == venueId && b.SlotKey == slotKey).Count(b => b.Holds && b.Id != except);

    public void Enqueue(OutboxEntry entry)
    {
        if (OutboxStore.Insert(_db, entry))
        {
            Queued++;
        }
    }

    public void EnqueueAll(IEnumerable<OutboxEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            Enqueue(entry);
        }
    }
}
