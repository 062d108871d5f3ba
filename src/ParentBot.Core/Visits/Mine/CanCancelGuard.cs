using ParentBot.Core.Flows;
using ParentBot.Core.Visits.Booking;

namespace ParentBot.Core.Visits.Mine;

/// <summary><c>visit-can-cancel</c>: the visit shown is the parent's and still planned or waiting.</summary>
public sealed class CanCancelGuard(MyVisits mine) : IFlowGuard
{
    public string Name => "visit-can-cancel";

    public bool Allows(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return mine.Own(context.Chat, BookingSlots.Get(context, BookingSlots.Visit)) is { Holds: true };
    }
}
