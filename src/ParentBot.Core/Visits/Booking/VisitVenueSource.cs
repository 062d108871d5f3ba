using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;
using ParentBot.Core.Places;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-venues</c>: venues of the chosen kind nearest the chosen town first, with the distance.</summary>
public sealed class VisitVenueSource(VenueStore venues, MunicipalityCatalog towns, Localizer localizer) : IButtonSource
{
    private const int MaxVenues = 6;

    public string Name => "visit-venues";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        if (BookingSlots.KindOf(BookingSlots.Get(context, BookingSlots.Kind)) is not { } kind
            || towns.Get(BookingSlots.Get(context, BookingSlots.Town)) is not { } town)
        {
            return [];
        }

        var culture = localizer.CultureOf(language);
        return [.. venues.OfType(kind)
            .Select(v => (Venue: v, Km: MunicipalityCatalog.DistanceKm(town.Latitude, town.Longitude, v.Latitude, v.Longitude)))
            .OrderBy(c => c.Km).Take(MaxVenues)
            .Select(c => new OutboundButton(
                localizer.Text(language, "visits.book.venue-button", new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["venue"] = c.Venue.Name,
                    ["km"] = c.Km.ToString(c.Km < 10 ? "0.#" : "0", culture),
                }),
                ButtonValue.ForPick(context.Conversation, c.Venue.Id)))
            .Where(b => ButtonValue.Fits(b.Value))
            .Select(b => (IReadOnlyList<OutboundButton>)[b])];
    }
}
