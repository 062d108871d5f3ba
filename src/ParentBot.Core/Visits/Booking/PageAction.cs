using System.Globalization;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-next-page</c> and <c>visit-prev-page</c>: another page of free times.</summary>
public sealed class PageAction(bool forward) : IFlowAction
{
    public string Name => forward ? "visit-next-page" : "visit-prev-page";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = Math.Max(0, VisitSlotSource.PageOf(context) + (forward ? 1 : -1));
        context.Conversation.Slots[BookingSlots.Page] = page.ToString(CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }
}
