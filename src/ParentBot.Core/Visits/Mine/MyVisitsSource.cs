using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits.Mine;

/// <summary><c>my-visits</c>: one button per planned or waiting visit, to see and change it.</summary>
public sealed class MyVisitsSource(MyVisits mine, VenueStore venues, VisitFormat format) : IButtonSource
{
    public string Name => "my-visits";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. mine.Current(context.Chat).Select(b => (IReadOnlyList<OutboundButton>)[new OutboundButton(
            format.Text(language, "visits.mine.button", VisitFormat.Values(("time", format.ButtonTime(language, b.Start)), ("venue", venues.Find(b.VenueId)?.Name ?? b.VenueId))),
            ButtonValue.ForPick(context.Conversation, b.Id))])];
    }
}
