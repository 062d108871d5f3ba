using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;
using ParentBot.Core.Visits.Booking;

namespace ParentBot.Core.Visits.Mine;

/// <summary>
/// <c>visit-actions</c>: what the parent can do with the visit shown: answer a proposed time, or cancel and ask for
/// another time. The same <c>vis:</c> buttons as on the notices, so they work from any message.
/// </summary>
public sealed class VisitActionsSource(MyVisits mine, Localizer localizer) : IButtonSource
{
    public string Name => "visit-actions";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (mine.Own(context.Chat, BookingSlots.Get(context, BookingSlots.Visit)) is not { Holds: true } booking)
        {
            return [];
        }

        OutboundButton Button(string key, string value) => new(localizer.Text(language, key), value);
        return booking.Status == VisitStatus.Proposed
            ? [[Button("visits.act.accept", VisitButtons.Accept(booking.Id)), Button("visits.act.reject", VisitButtons.Reject(booking.Id))]]
            : [[Button("visits.act.cancel", VisitButtons.Cancel(booking.Id))], [Button("visits.act.another", VisitButtons.AnotherTime(booking.Id))]];
    }
}
