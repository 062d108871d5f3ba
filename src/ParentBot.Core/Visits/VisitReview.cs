using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits;

/// <summary>
/// Staff decisions on visit requests — approve, decline with a reason, propose another time — for Telegram and the
/// staff console alike. Each checks that the account reviews visits and that the request belongs to its
/// organisation: another organisation's request is "not found", whatever id is given. Decisions are audited.
/// </summary>
public sealed class VisitReview(VisitLedger ledger, VisitBookingStore bookings, VisitSlots slots, ParentVisitMessages parentMessages, IAuditLog audit)
{
    /// <summary>Requests of the account's organisation waiting for an answer, soonest first.</summary>
    public IReadOnlyList<VisitBooking> Waiting(StaffAccount actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.CanReviewVisits ? bookings.WaitingIn(actor.Organisation) : [];
    }

    /// <summary>A booking of the account's organisation; null for any other.</summary>
    public VisitBooking? Find(StaffAccount actor, string id)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.CanReviewVisits && VisitIds.LooksValid(id) && bookings.Find(id) is { Forgotten: false } booking
            && booking.Organisation == actor.Organisation ? booking : null;
    }

    public ReviewOutcome Approve(StaffAccount actor, string id) => Decide(actor, id, "visit.approve", (booking, tx, now) =>
    {
        booking.Move(VisitStatus.Approved, By(actor), now);
        booking.DecidedUtc = now.UtcDateTime;
        tx.Enqueue(ParentVisitMessages.ToParent(booking, parentMessages.Confirmed(booking, now), Step(booking), now));
        return ReviewOutcome.Done;
    });

    public ReviewOutcome Decline(StaffAccount actor, string id, string reason) =>
        !DeclineReasons.All.Contains(reason, StringComparer.Ordinal) ? ReviewOutcome.NotFound : Decide(actor, id, "visit.decline", (booking, tx, now) =>
        {
            booking.DeclineReason = reason;
            booking.Move(VisitStatus.Declined, By(actor), now);
            booking.DecidedUtc = now.UtcDateTime;
            tx.Enqueue(ParentVisitMessages.ToParent(booking, parentMessages.Declined(booking), Step(booking), now));
            return ReviewOutcome.Done;
        });

    /// <summary>Proposes another free time of the same venue; the parent accepts or refuses it with one tap.</summary>
    public ReviewOutcome Propose(StaffAccount actor, string id, string slotKey) => Decide(actor, id, "visit.propose", (booking, tx, now) =>
    {
        if (slotKey == booking.SlotKey || slots.Offer(booking.VenueId, slotKey) is not { } slot)
        {
            return ReviewOutcome.NotFound;
        }

        if (tx.Held(booking.VenueId, slot.Key, except: booking.Id) >= slot.Capacity)
        {
            return ReviewOutcome.Full;
        }

        var requested = booking.Start;
        booking.MoveTo(slot);
        booking.Move(VisitStatus.Proposed, By(actor), now);
        tx.Enqueue(ParentVisitMessages.ToParent(booking, parentMessages.Proposed(booking, requested), Step(booking), now));
        return ReviewOutcome.Done;
    });

    /// <summary>Free times of the request's venue staff may propose instead.</summary>
    public IReadOnlyList<VisitSlot> ProposableTimes(StaffAccount actor, string id) =>
        Find(actor, id) is { } booking ? [.. slots.Free(booking.VenueId).Where(s => s.Key != booking.SlotKey)] : [];

    private static string By(StaffAccount actor) => "staff:" + actor.Id;

    private static string Step(VisitBooking booking) => booking.History.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private ReviewOutcome Decide(StaffAccount actor, string id, string action, Func<VisitBooking, VisitTransaction, DateTimeOffset, ReviewOutcome> decide)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.CanReviewVisits || !VisitIds.LooksValid(id))
        {
            return ReviewOutcome.NotFound;
        }

        var outcome = ledger.Write(tx =>
        {
            if (tx.Find(id) is not { Forgotten: false } booking || booking.Organisation != actor.Organisation)
            {
                return ReviewOutcome.NotFound;
            }

            if (booking.Status != VisitStatus.Requested)
            {
                return ReviewOutcome.NotWaiting;
            }

            var result = decide(booking, tx, ledger.Now);
            if (result == ReviewOutcome.Done)
            {
                tx.Save(booking);
            }

            return result;
        });
        if (outcome == ReviewOutcome.Done)
        {
            audit.Record(actor.Id, actor.Organisation, action, id);
        }

        return outcome;
    }
}

/// <summary>What became of a staff decision.</summary>
public enum ReviewOutcome
{
    Done,

    /// <summary>No such request in the account's organisation (or an unknown reason or time).</summary>
    NotFound,

    /// <summary>Someone answered it already, or the parent cancelled.</summary>
    NotWaiting,

    /// <summary>The proposed time has no place left.</summary>
    Full,
}
