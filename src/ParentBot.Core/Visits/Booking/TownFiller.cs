using ParentBot.Core.Flows;
using ParentBot.Core.Places;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-town</c>: the chosen town's name, for "places near {town}".</summary>
public sealed class TownFiller(MunicipalityCatalog towns) : IStateFiller
{
    public string Name => "visit-town";

    public void Fill(FlowContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Conversation.Slots["town"] = towns.Get(BookingSlots.Get(context, BookingSlots.Town))?.Name ?? string.Empty;
    }
}
