using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Places;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits.Booking;

/// <summary>
/// <c>visit-towns</c>: the towns with a venue of the chosen kind, two per row (other towns can be typed). The town
/// the parent let us remember comes first, even without such a venue: picking it lists the nearest ones.
/// </summary>
public sealed class VisitTownSource(VenueStore venues, MunicipalityCatalog towns) : IButtonSource
{
    private const int MaxTowns = 8;

    public string Name => "visit-towns";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        if (BookingSlots.KindOf(BookingSlots.Get(context, BookingSlots.Kind)) is not { } kind)
        {
            return [];
        }

        var withVenue = venues.OfType(kind).Select(v => towns.Get(v.Municipality)).OfType<Municipality>().OrderBy(t => t.Name, StringComparer.Ordinal);
        var kept = context.Parent.Town is { } id && towns.Get(id) is { } home ? [home] : Array.Empty<Municipality>();
        return [.. kept.Concat(withVenue).DistinctBy(t => t.Id).Take(MaxTowns)
            .Select(t => new OutboundButton(t.Name, ButtonValue.ForPick(context.Conversation, t.Id)))
            .Chunk(2).Select(row => (IReadOnlyList<OutboundButton>)row)];
    }
}
