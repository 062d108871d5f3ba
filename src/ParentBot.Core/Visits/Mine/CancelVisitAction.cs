using ParentBot.Core.Flows;
using ParentBot.Core.Visits.Booking;

namespace ParentBot.Core.Visits.Mine;

/// <summary>
/// <c>visit-cancel</c>: cancels the visit shown and tells staff. If staff changed it in the meantime (the store
/// decides), the flow shows the visit as it now stands instead of saying "cancelled".
/// </summary>
public sealed class CancelVisitAction(VisitRequests requests) : IFlowAction
{
    public const string DetailState = "detail";

    public string Name => "visit-cancel";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!requests.Cancel(context.Chat, BookingSlots.Get(context, BookingSlots.Visit) ?? string.Empty))
        {
            context.RedirectTo = DetailState;
        }

        return Task.CompletedTask;
    }
}
