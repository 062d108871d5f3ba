using ParentBot.Core.Flows;
using ParentBot.Core.Places;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-town-known</c>: the typed town or postcode is one we know ("2800", "Malines").</summary>
public sealed class TownKnownGuard(MunicipalityCatalog towns) : IFlowGuard
{
    public string Name => "visit-town-known";

    public bool Allows(FlowContext context) => BookingSlots.Get(context, BookingSlots.TownText) is { } text && towns.Find(text) is not null;
}
