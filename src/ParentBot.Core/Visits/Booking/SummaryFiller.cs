using ParentBot.Core.Flows;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits.Booking;

/// <summary>
/// <c>visit-summary</c>: everything the request will say, for the parent to check, and the request's id (made
/// once here, so sending twice stores one request).
/// </summary>
public sealed class SummaryFiller(VenueStore venues, VisitSlots slots, VisitFormat format, TimeProvider time) : IStateFiller
{
    public string Name => "visit-summary";

    public void Fill(FlowContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Conversation.Slots;
        var venue = venues.Find(BookingSlots.Get(context, BookingSlots.Venue) ?? string.Empty);
        var slot = venue is null ? null : slots.Offer(venue.Id, BookingSlots.Get(context, BookingSlots.Slot) ?? string.Empty);
        values["venue"] = venue?.Name ?? string.Empty;
        values["address"] = venue?.Address ?? string.Empty;
        values["date"] = slot is null ? string.Empty : format.Date(language, slot.Start);
        values["time"] = slot is null ? string.Empty : format.Time(language, slot.Start);
        var birth = BookingSlots.Get(context, BookingSlots.Birth) ?? string.Empty;
        var unborn = VisitFormat.MonthsOld(birth, time.GetUtcNow()) < 0;
        values["child"] = format.Text(language, unborn ? "visits.age.due" : "visits.age.born", VisitFormat.Values(("month", format.Month(language, birth))));
        values["needs"] = format.Text(language, "visits.needs." + (BookingSlots.Get(context, BookingSlots.Needs) ?? VisitNeeds.None));
        if (!values.ContainsKey(BookingSlots.Request))
        {
            values[BookingSlots.Request] = VisitIds.New();
        }
    }
}
