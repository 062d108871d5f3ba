using ParentBot.Core.Flows;

namespace ParentBot.Core.Visits.Booking;

/// <summary>
/// <c>visit-slot-free</c>: the chosen time still has a place. A quick look before sending; the request itself
/// checks again in the transaction that stores it, which is what keeps two parents off one last place.
/// </summary>
public sealed class SlotFreeGuard(VisitSlots slots) : IFlowGuard
{
    public string Name => "visit-slot-free";

    public bool Allows(FlowContext context)
    {
        var except = new[] { BookingSlots.Get(context, BookingSlots.Request), BookingSlots.Get(context, BookingSlots.Replaces) }.OfType<string>().ToList();
        return BookingSlots.Get(context, BookingSlots.Venue) is { } venue
            && BookingSlots.Get(context, BookingSlots.Slot) is { } slot
            && slots.IsFree(venue, slot, except);
    }
}
