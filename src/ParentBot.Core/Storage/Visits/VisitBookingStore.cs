using LiteDB;
using ParentBot.Core.Conversations;
using ParentBot.Core.Visits;

namespace ParentBot.Core.Storage;

/// <summary>
/// Taster visit bookings. Reads are plain queries; every change goes through <see cref="Write{T}"/> so it is checked
/// and stored together with the notices it causes.
/// </summary>
public sealed class VisitBookingStore(ParentBotDatabase database)
{
    private ILiteCollection<VisitBooking> Bookings => database.Collection<VisitBooking>(Collections.VisitBookings);

    public VisitBooking? Find(string id) => Bookings.FindById(id);

    /// <summary>The parent's bookings, soonest first.</summary>
    public IReadOnlyList<VisitBooking> OfChat(ChatKey chat)
    {
        var key = chat.ToString();
        return [.. Bookings.Find(b => b.Chat == key).OrderBy(b => b.StartUtc)];
    }

    /// <summary>Requests of one organisation waiting for staff, soonest first.</summary>
    public IReadOnlyList<VisitBooking> WaitingIn(string organisation) =>
        [.. Bookings.Find(b => b.Organisation == organisation && !b.Settled).Where(b => b.Status == VisitStatus.Requested).OrderBy(b => b.StartUtc)];

    /// <summary>Every booking of one organisation (but those of parents who asked to be forgotten), newest request first.</summary>
    public IReadOnlyList<VisitBooking> InOrganisation(string organisation) =>
        [.. Bookings.Find(b => b.Organisation == organisation).Where(b => !b.Forgotten).OrderByDescending(b => b.CreatedUtc)];

    /// <summary>Bookings something may still happen to (reminders, expiry, the question after the visit).</summary>
    public IReadOnlyList<VisitBooking> Unsettled() => [.. Bookings.Find(b => !b.Settled)];

    /// <summary>Places taken per time at a venue.</summary>
    public IReadOnlyDictionary<string, int> HeldAt(string venueId) =>
        Bookings.Find(b => b.VenueId == venueId && !b.Settled).Where(b => b.Holds)
            .GroupBy(b => b.SlotKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The bookings at one time of a venue, whatever their status.</summary>
    public IReadOnlyList<VisitBooking> OfVenueAt(string venueId, string slotKey) =>
        [.. Bookings.Find(b => b.VenueId == venueId && b.SlotKey == slotKey)];

    /// <summary>How many bookings the parent has, for /mydata.</summary>
    public int CountOf(ChatKey chat)
    {
        var key = chat.ToString();
        return Bookings.Count(b => b.Chat == key);
    }

    public T Write<T>(Func<VisitTransaction, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return database.Write(db => work(new VisitTransaction(db)));
    }

    /// <summary>
    /// Part of /forget, inside its transaction: past and finished bookings go at once; a planned visit loses
    /// everything about the parent and stays only until staff are told it is cancelled.
    /// </summary>
    internal static void EraseParent(LiteDatabase db, ChatKey chat)
    {
        var key = chat.ToString();
        var bookings = db.GetCollection<VisitBooking>(Collections.VisitBookings);
        foreach (var booking in bookings.Find(b => b.Chat == key).ToList())
        {
            if (booking.Settled || !booking.Holds)
            {
                bookings.Delete(booking.Id);
                continue;
            }

            booking.Chat = null;
            booking.Birth = null;
            booking.Needs = VisitNeeds.None;
            booking.History.Clear();
            booking.Forgotten = true;
            bookings.Update(booking);
        }
    }
}
