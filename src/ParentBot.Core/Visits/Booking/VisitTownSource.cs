using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Places;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-towns</c>: the towns with a venue of the chosen kind, two per row (other towns can be typed).</summary>
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

        return [.. venues.OfType(kind).Select(v => towns.Get(v.Municipality)).OfType<Municipality>()
            .DistinctBy(t => t.Id).OrderBy(t => t.Name, StringComparer.Ordinal).Take(MaxTowns)
            .Select(t => new OutboundButton(t.Name, ButtonValue.ForPick(context.Conversation, t.Id)))
            .Chunk(2).Select(row => (IReadOnlyList<OutboundButton>)row)];
    }
}
