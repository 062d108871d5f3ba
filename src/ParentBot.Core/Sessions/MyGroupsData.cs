using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions;

/// <summary>/mydata: the groups the parent is in, the name they gave, whether reminders are paused, and how many answers we keep.</summary>
internal sealed class MyGroupsData(EnrolmentStore enrolments, SeriesStore series) : IMyDataSection
{
    public void Say(FlowContext context, Replies replies)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        foreach (var enrolment in enrolments.OfChat(context.Chat))
        {
            var answers = enrolments.AnswersOf(enrolment.SeriesId, context.Chat);
            replies.Say("sessions.mydata", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["group"] = series.Find(enrolment.SeriesId)?.Name ?? enrolment.SeriesId,
                ["name"] = string.IsNullOrEmpty(enrolment.Name) ? "-" : enrolment.Name,
                ["reminders"] = replies.Label(enrolment.Muted ? "sessions.reminders-paused" : "sessions.reminders-on"),
                ["answers"] = answers.ToString(replies.Localizer.CultureOf(replies.Language)),
            });
        }
    }
}
