using ParentBot.Core.Flows;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-venue-has-times</c>: the chosen venue has a free visit time in the coming weeks.</summary>
public sealed class VenueHasTimesGuard(VisitSlots slots) : IFlowGuard
{
    public string Name => "visit-venue-has-times";

    public bool Allows(FlowContext context) => BookingSlots.Get(context, BookingSlots.Venue) is { } venue && slots.HasFree(venue);
}
