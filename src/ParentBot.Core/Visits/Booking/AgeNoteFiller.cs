using ParentBot.Core.Flows;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-age-note</c>: the kind explanation when the child's age is outside the venue's range.</summary>
public sealed class AgeNoteFiller(VenueStore venues, VisitFormat format, TimeProvider time) : IStateFiller
{
    public string Name => "visit-age-note";

    public void Fill(FlowContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (venues.Find(BookingSlots.Get(context, BookingSlots.Venue) ?? string.Empty) is not { } venue
            || BookingSlots.Get(context, BookingSlots.Birth) is not { } birth)
        {
            return;
        }

        var fit = VisitEligibility.Of(venue, birth, time.GetUtcNow());
        var limit = fit == AgeFit.Old ? venue.MaxAgeMonths : venue.MinAgeMonths;
        context.Conversation.Slots["note"] = format.Text(language, "visits.age." + fit.ToString().ToLowerInvariant(), VisitFormat.Values(
            ("venue", venue.Name), ("age", format.AgeLimit(language, limit, "visits.age."))));
    }
}
