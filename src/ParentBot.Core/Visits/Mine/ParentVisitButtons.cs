using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Booking;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits.Mine;

/// <summary>
/// The <c>vis:</c> buttons on visit notices and in "My visits": cancel, another time, accept or refuse a proposed
/// time (one tap), the smiley after the visit and "help with registration?". Pressed days later, they act on the
/// booking as it is now; a booking of another chat, or one that moved on, makes the button stale.
/// </summary>
public sealed class ParentVisitButtons(VisitRequests requests, MyVisits mine, FlowRunner flows, VenueStore venues, VisitSlots times) : IButtonHandler
{
    public const string BookFlow = "book-visit";
    public const string MyVisitsFlow = "my-visits";

    public string Prefix => VisitButtons.ParentPrefix;

    public Task<bool> HandleAsync(string value, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        var handled = VisitButtons.Parts(value, Prefix) switch
        {
            ["b"] => Enter(context, replies, BookFlow, new Dictionary<string, string>(StringComparer.Ordinal), state: null),
            ["c", var id] => mine.Own(context.Chat, id) is { Holds: true }
                && Enter(context, replies, MyVisitsFlow, new Dictionary<string, string>(StringComparer.Ordinal) { [BookingSlots.Visit] = id }, "cancel-confirm"),
            ["t", var id] => AnotherTime(context, replies, id),
            ["a", var id] => Accept(context, replies, id),
            ["r", var id] => requests.RejectProposal(context.Chat, id) && Say(replies, "visits.notice.rejected"),
            ["f", var id, var score] => Feedback(context, replies, id, score),
            ["h", var id, "y"] => requests.Help(context.Chat, id, wanted: true) is { } b && Say(replies, "visits.notice.help-yes", VenueName(b)),
            ["h", var id, "n"] => requests.Help(context.Chat, id, wanted: false) is not null && Say(replies, "visits.notice.help-no"),
            _ => false,
        };
        return Task.FromResult(handled);
    }

    /// <summary>Back into the booking flow at the choice of time, with the venue and child already known.</summary>
    private bool AnotherTime(FlowContext context, Replies replies, string id)
    {
        if (mine.Own(context.Chat, id) is not { Birth: { } birth } booking || venues.Find(booking.VenueId) is not { } venue)
        {
            return false;
        }

        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [BookingSlots.Kind] = BookingSlots.KindId(venue.Type),
            [BookingSlots.Town] = venue.Municipality,
            [BookingSlots.Venue] = venue.Id,
            [BookingSlots.Birth] = birth,
        };
        if (booking.Holds)
        {
            slots[BookingSlots.Replaces] = booking.Id;
        }

        // With no free time left there, the flow says so and offers other places nearby.
        return Enter(context, replies, BookFlow, slots, times.HasFree(venue.Id) ? "slot" : "venue-full");
    }

    private bool Accept(FlowContext context, Replies replies, string id)
    {
        if (requests.AcceptProposal(context.Chat, id) is not { } booking)
        {
            return false;
        }

        replies.Add(requests.Confirmation(booking));
        return true;
    }

    private bool Feedback(FlowContext context, Replies replies, string id, string score)
    {
        if (score is not ("1" or "2" or "3") || requests.Feedback(context.Chat, id, score[0] - '0') is not { } booking)
        {
            return false;
        }

        replies.Say("visits.notice.feedback-thanks");
        replies.Add(requests.HelpQuestion(booking, replies.Language));
        return true;
    }

    private bool Enter(FlowContext context, Replies replies, string flow, IReadOnlyDictionary<string, string> slots, string? state)
    {
        flows.EnterWith(context, replies, flow, slots, state);
        return true;
    }

    private static bool Say(Replies replies, string key, IReadOnlyDictionary<string, string>? values = null)
    {
        replies.Say(key, values);
        return true;
    }

    private Dictionary<string, string> VenueName(VisitBooking booking) =>
        VisitFormat.Values(("venue", venues.Find(booking.VenueId)?.Name ?? booking.VenueId));
}
