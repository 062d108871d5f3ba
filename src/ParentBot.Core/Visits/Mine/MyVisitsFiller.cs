using ParentBot.Core.Flows;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits.Mine;

/// <summary><c>my-visits</c>: the parent's planned and waiting visits as lines of text, or "no visits".</summary>
public sealed class MyVisitsFiller(MyVisits mine, VenueStore venues, VisitFormat format) : IStateFiller
{
    public string Name => "my-visits";

    public void Fill(FlowContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = mine.Current(context.Chat).Select(b => format.Text(language, "visits.mine.line", VisitFormat.Values(
            ("date", format.Date(language, b.Start)),
            ("time", format.Time(language, b.Start)),
            ("venue", venues.Find(b.VenueId)?.Name ?? b.VenueId),
            ("status", format.Text(language, "visits.status." + b.Status.ToString().ToLowerInvariant())))));
        var text = string.Join("\n", lines);
        context.Conversation.Slots["visits"] = text.Length > 0 ? text : format.Text(language, "visits.mine.none");
    }
}
