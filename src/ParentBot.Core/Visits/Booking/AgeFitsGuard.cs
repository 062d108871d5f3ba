using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-age-fits</c>: the child's age is in the venue's range (otherwise the flow explains, kindly).</summary>
public sealed class AgeFitsGuard(VenueStore venues, TimeProvider time) : IFlowGuard
{
    public string Name => "visit-age-fits";

    public bool Allows(FlowContext context) =>
        BookingSlots.Get(context, BookingSlots.Birth) is { } birth
        && venues.Find(BookingSlots.Get(context, BookingSlots.Venue) ?? string.Empty) is { } venue
        && VisitEligibility.Of(venue, birth, time.GetUtcNow()) == AgeFit.Fits;
}
