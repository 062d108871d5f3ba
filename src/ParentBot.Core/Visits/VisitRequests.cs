using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits;

/// <summary>
/// What a parent does with visits: send a request (checked against the places left, in the same transaction as it
/// is stored), cancel, answer a proposed time, and answer the questions after the visit. Staff are told each time.
/// Every method checks the booking belongs to the chat; a forged id changes nothing.
/// </summary>
public sealed class VisitRequests(VisitLedger ledger, VisitSlots slots, VenueStore venues, ParentVisitMessages parentMessages, StaffVisitMessages staffMessages)
{
    private const string ByParent = "parent";

    public RequestOutcome Request(VisitDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (venues.Find(draft.VenueId) is not { } venue || slots.Offer(draft.VenueId, draft.SlotKey) is not { } slot)
        {
            return RequestOutcome.Gone;
        }

        return ledger.Write(tx =>
        {
            if (tx.Find(draft.Id) is not null)
            {
                return RequestOutcome.AlreadySent;
            }

            if (tx.Held(venue.Id, slot.Key, except: draft.Replaces) >= slot.Capacity)
            {
                return RequestOutcome.Full;
            }

            var now = ledger.Now;
            var booking = new VisitBooking
            {
                Id = draft.Id, Chat = draft.Chat.ToString(), VenueId = venue.Id, Organisation = venue.Organisation, Birth = draft.Birth,
                Needs = draft.Needs, Language = draft.Language, CreatedUtc = now.UtcDateTime, Replaces = draft.Replaces,
            };
            booking.MoveTo(slot);
            booking.Move(VisitStatus.Requested, ByParent, now);
            tx.Insert(booking);
            var replaced = draft.Replaces is { } old && tx.Find(old) is { Holds: true } earlier && earlier.Chat == booking.Chat ? earlier : null;
            if (replaced is not null)
            {
                replaced.Move(VisitStatus.Cancelled, ByParent, now);
                tx.Save(replaced);
            }

            tx.EnqueueAll(staffMessages.NewRequest(booking, replaced, now));
            return RequestOutcome.Sent;
        });
    }

    /// <summary>The booking if it is this chat's.</summary>
    public VisitBooking? Own(ChatKey chat, string id) =>
        VisitIds.LooksValid(id) && ledger.Find(id) is { } booking && booking.Chat == chat.ToString() ? booking : null;

    /// <summary>Cancels a planned visit; false when it is not this chat's or no longer planned.</summary>
    public bool Cancel(ChatKey chat, string id) => Change(chat, id, b => b.Holds, (b, tx, now) =>
    {
        b.Move(VisitStatus.Cancelled, ByParent, now);
        tx.EnqueueAll(staffMessages.Tell(b, "cancelled", now));
    }) is not null;

    /// <summary>Accepts the time staff proposed: the visit is confirmed. Returns the booking, or null.</summary>
    public VisitBooking? AcceptProposal(ChatKey chat, string id) => Change(chat, id, b => b.Status == VisitStatus.Proposed, (b, tx, now) =>
    {
        b.Move(VisitStatus.Approved, ByParent, now);
        b.DecidedUtc = now.UtcDateTime;
        tx.EnqueueAll(staffMessages.Tell(b, "accepted", now));
    });

    public bool RejectProposal(ChatKey chat, string id) => Change(chat, id, b => b.Status == VisitStatus.Proposed, (b, tx, now) =>
    {
        b.Move(VisitStatus.Cancelled, ByParent, now);
        tx.EnqueueAll(staffMessages.Tell(b, "rejected", now));
    }) is not null;

    /// <summary>The smiley after a confirmed visit that has taken place (1 🙁, 2 😐, 3 🙂).</summary>
    public VisitBooking? Feedback(ChatKey chat, string id, int score) =>
        Change(chat, id, b => b.Status == VisitStatus.Approved && b.Start <= ledger.Now && score is >= 1 and <= 3, (b, tx, now) =>
        {
            b.Feedback = score;
            tx.EnqueueAll(staffMessages.Tell(b, "feedback", now));
        });

    /// <summary>Whether they would like help with the next step (registration); staff are told either way.</summary>
    public VisitBooking? Help(ChatKey chat, string id, bool wanted) =>
        Change(chat, id, b => b.Status == VisitStatus.Approved && b.Start <= ledger.Now, (b, tx, now) =>
        {
            b.WantsHelp = wanted;
            tx.EnqueueAll(staffMessages.Tell(b, wanted ? "help-yes" : "help-no", now));
        });

    /// <summary>For the reply to an accepted proposal, the same confirmation (and calendar file) staff approval sends.</summary>
    public OutboundMessage Confirmation(VisitBooking booking) => parentMessages.Confirmed(booking, ledger.Now);

    /// <summary>After the smiley: would they like help with the next step?</summary>
    public OutboundMessage HelpQuestion(VisitBooking booking, string language) => parentMessages.AskHelp(booking, language);

    private VisitBooking? Change(ChatKey chat, string id, Func<VisitBooking, bool> allowed, Action<VisitBooking, VisitTransaction, DateTimeOffset> change)
    {
        if (!VisitIds.LooksValid(id))
        {
            return null;
        }

        return ledger.Write(tx =>
        {
            if (tx.Find(id) is not { } booking || booking.Chat != chat.ToString() || !allowed(booking))
            {
                return null;
            }

            change(booking, tx, ledger.Now);
            tx.Save(booking);
            return booking;
        });
    }
}
