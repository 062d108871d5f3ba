using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-needs</c>: an interpreter, bringing a friend, both, or nothing.</summary>
public sealed class VisitNeedsSource(Localizer localizer) : IButtonSource
{
    public string Name => "visit-needs";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language) =>
        [.. VisitNeeds.All.Select(n => (IReadOnlyList<OutboundButton>)[new OutboundButton(localizer.Text(language, "visits.book.need-" + n), ButtonValue.ForPick(context.Conversation, n))])];
}
