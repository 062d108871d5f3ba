using ParentBot.Core.Flows;
using ParentBot.Core.Localization;
using ParentBot.Core.Places;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits.Booking;

/// <summary>
/// <c>visit-venue</c>: what a parent wants to know about a place before visiting: its name as on the door, what it
/// is, where, which languages its staff speak, which ages it takes, and how to get in with a pram or wheelchair.
/// </summary>
public sealed class VenueFiller(VenueStore venues, LanguageCatalog languages, VisitFormat format) : IStateFiller
{
    public string Name => "visit-venue";

    public void Fill(FlowContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (venues.Find(BookingSlots.Get(context, BookingSlots.Venue) ?? string.Empty) is not { } venue)
        {
            return;
        }

        var slots = context.Conversation.Slots;
        slots["venue"] = venue.Name;
        slots["description"] = LocalizedText.For(venue.Description, language);
        slots["address"] = venue.Address;
        slots["languages"] = string.Join(", ", venue.Languages.Select(code => languages.TryGet(code, out var info) ? info.NativeName : code));
        slots["access"] = LocalizedText.For(venue.Accessibility, language);
        var to = format.AgeLimit(language, venue.MaxAgeMonths, "visits.age.");
        slots["ages"] = venue.MinAgeMonths == 0
            ? format.Text(language, "visits.age.up-to", VisitFormat.Values(("to", to)))
            : format.Text(language, "visits.age.range", VisitFormat.Values(("from", format.AgeLimit(language, venue.MinAgeMonths, "visits.age.")), ("to", to)));
    }
}
