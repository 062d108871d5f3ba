using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Flow;

/// <summary><c>fill: group-details</c>: the group in the <c>series</c> slot, described for the parent.</summary>
internal sealed class GroupDetailsFiller(SeriesStore series, EnrolmentStore enrolments, SessionDescriber describer, Localization.Localizer localizer)
    : IStateFiller
{
    public string Name => "group-details";

    public void Fill(FlowContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Conversation.Slots.GetValueOrDefault(JoinGroupPayload.SeriesSlot) is not { } id || series.Find(id) is not { } group)
        {
            return;
        }

        foreach (var (key, value) in describer.Describe(group, language))
        {
            context.Conversation.Slots[key] = value;
        }

        var enrolment = enrolments.Find(group.Id, context.Chat);
        context.Conversation.Slots["reminders"] = localizer.Text(language, enrolment is { Muted: true } ? "sessions.reminders-paused" : "sessions.reminders-on");
    }
}
