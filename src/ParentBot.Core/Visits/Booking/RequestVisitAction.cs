using System.Globalization;
using Microsoft.Extensions.Options;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Visits.Booking;

/// <summary>
/// <c>visit-request</c>: sends the request the parent confirmed. When the last place was taken between the summary
/// and this press (the store decides, inside its transaction), the flow goes to <see cref="TakenState"/> instead, so
/// the parent picks another time and loses nothing they chose.
/// </summary>
public sealed class RequestVisitAction(VisitRequests requests, IOptions<VisitOptions> options) : IFlowAction
{
    /// <summary>The state of book-visit.yaml that says "someone just took that time" and offers the others.</summary>
    public const string TakenState = "slot-taken";

    public string Name => "visit-request";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var slots = context.Conversation.Slots;
        var draft = new VisitDraft(
            slots.GetValueOrDefault(BookingSlots.Request) ?? VisitIds.New(),
            context.Chat,
            slots.GetValueOrDefault(BookingSlots.Venue) ?? string.Empty,
            slots.GetValueOrDefault(BookingSlots.Slot) ?? string.Empty,
            slots.GetValueOrDefault(BookingSlots.Birth) ?? string.Empty,
            slots.GetValueOrDefault(BookingSlots.Needs) ?? VisitNeeds.None,
            context.Language,
            slots.GetValueOrDefault(BookingSlots.Replaces));
        var outcome = requests.Request(draft);
        if (outcome is RequestOutcome.Full or RequestOutcome.Gone)
        {
            // The transition already chose "requested"; the stored truth overrides it before anything is said.
            slots.Remove(BookingSlots.Request);
            context.RedirectTo = TakenState;
        }

        slots["days"] = options.Value.AnswerWithinWorkingDays.ToString(CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }
}
