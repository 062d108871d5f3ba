using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits;

/// <summary>
/// The visit requests of the account's organisation as the console lists them, newest request first: the open ones
/// (waiting for staff, or for the parent's answer to a proposed time) and the history (decided, cancelled, expired).
/// An account that does not review visits sees none.
/// </summary>
public sealed class VisitRequestList(VisitBookingStore bookings)
{
    public IReadOnlyList<VisitBooking> Open(StaffAccount actor) => Of(actor, IsOpen);

    public IReadOnlyList<VisitBooking> History(StaffAccount actor) => Of(actor, b => !IsOpen(b));

    /// <summary>True while someone still has to answer: staff (requested) or the parent (another time proposed).</summary>
    public static bool IsOpen(VisitBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return booking.Status is VisitStatus.Requested or VisitStatus.Proposed;
    }

    private List<VisitBooking> Of(StaffAccount actor, Func<VisitBooking, bool> which)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.CanReviewVisits ? [.. bookings.InOrganisation(actor.Organisation).Where(which)] : [];
    }
}
