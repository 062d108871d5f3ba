using ParentBot.Core.Flows;
using ParentBot.Core.Localization;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Flow;

/// <summary><c>fill: my-groups</c> and <c>buttons-from: my-groups</c>: the parent's groups with their next date.</summary>
internal sealed class MyGroupsFiller(SeriesStore series, EnrolmentStore enrolments, Localizer localizer, TimeProvider time)
    : IStateFiller, IButtonSource
{
    public string Name => "my-groups";

    public void Fill(FlowContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = Groups(context).Select(g =>
        {
            var next = SeriesSchedule.Upcoming(g, time.GetUtcNow(), 5).FirstOrDefault(o => !o.Cancelled);
            return localizer.Text(language, "sessions.group-line", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["group"] = g.Name,
                ["next"] = next is null ? localizer.Text(language, "sessions.no-more-dates") : localizer.Date(language, next.StartUtc) + " " + localizer.Time(language, next.StartUtc),
            });
        }).ToList();
        context.Conversation.Slots["groups"] = lines.Count == 0 ? localizer.Text(language, "sessions.no-groups") : string.Join("\n", lines);
    }

    public IReadOnlyList<IReadOnlyList<Conversations.OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. Groups(context).Select(g => (IReadOnlyList<Conversations.OutboundButton>)
            [new Conversations.OutboundButton("📅 " + g.Name, Conversations.ButtonValue.ForPick(context.Conversation, g.Id))])];
    }

    private IEnumerable<SessionSeries> Groups(FlowContext context) =>
        enrolments.OfChat(context.Chat).Select(e => series.Find(e.SeriesId)).OfType<SessionSeries>();
}
