using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;
using ParentBot.Core.Places;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-kinds</c>: the kinds of place that have venues, one per row.</summary>
public sealed class VisitKindSource(VenueStore venues, Localizer localizer) : IButtonSource
{
    public string Name => "visit-kinds";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language) =>
        [.. Enum.GetValues<VenueType>().Where(t => venues.OfType(t).Count > 0).Select(t => (IReadOnlyList<OutboundButton>)
            [new OutboundButton(localizer.Text(language, "visits.kind." + BookingSlots.KindId(t)), ButtonValue.ForPick(context.Conversation, BookingSlots.KindId(t)))])];
}
