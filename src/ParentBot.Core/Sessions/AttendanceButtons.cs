using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions;

/// <summary>
/// The buttons under a reminder: <c>att:{series}:{yyyyMMdd}:y</c> (I'll come), <c>:n</c> (I can't come), then
/// an optional reason (<c>:rs</c> sick child, <c>:ra</c> appointment, <c>:ro</c> other, <c>:rx</c> rather not
/// say). Only an enrolled parent, for a date the group meets that has not ended, can answer; anything else is
/// stale. "I can't come" reaches the facilitator at once; no guilt in any wording.
/// </summary>
internal sealed class AttendanceButtons(
    SeriesStore series, EnrolmentStore enrolments, FacilitatorNotices notices, TimeProvider time) : IButtonHandler
{
    public const string ValuePrefix = "att:";

    public string Prefix => ValuePrefix;

    public static string Value(string seriesId, string dateKey, string answer) => $"{ValuePrefix}{seriesId}:{dateKey}:{answer}";

    public Task<bool> HandleAsync(string value, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        var parts = value[ValuePrefix.Length..].Split(':');
        if (parts.Length != 3 || series.Find(parts[0]) is not { } group || !SeriesSchedule.TryParseDateKey(parts[1], out var date)
            || SeriesSchedule.On(group, date) is not { } occurrence || enrolments.Find(group.Id, context.Chat) is not { } enrolment)
        {
            return Task.FromResult(false);
        }

        if (occurrence.EndUtc <= time.GetUtcNow() || occurrence.Cancelled)
        {
            replies.Say("sessions.answer-too-late");
            return Task.FromResult(true);
        }

        var answer = new Attendance
        {
            Id = Attendance.IdOf(group.Id, occurrence.DateKey, context.Chat.ToString()),
            SeriesId = group.Id,
            Date = occurrence.DateKey,
            Chat = context.Chat.ToString(),
            AnsweredUtc = time.GetUtcNow().UtcDateTime,
        };
        switch (parts[2])
        {
            case "y":
                answer.Coming = true;
                enrolments.Answer(answer);
                replies.Say("sessions.see-you");
                return Task.FromResult(true);
            case "n":
                enrolments.Answer(answer);
                notices.CantCome(group, occurrence, enrolment, reason: null);
                replies.Add(replies.Localizer.Text(replies.Language, "sessions.cant-come-thanks"), ReasonButtons(group.Id, occurrence.DateKey, replies), "notice:cant-come");
                return Task.FromResult(true);
            case "rs" or "ra" or "ro" or "rx":
                return Task.FromResult(RecordReason(parts[2], answer, group, occurrence, enrolment, replies));
            default:
                return Task.FromResult(false);
        }
    }

    private bool RecordReason(string code, Attendance answer, SessionSeries group, Occurrence occurrence, Enrolment enrolment, Replies replies)
    {
        // A reason only follows "I can't come"; a reason for a date the parent said they would come to is stale.
        if (enrolments.FindAnswer(group.Id, occurrence.DateKey, ChatKey.Parse(enrolment.Chat)) is not { Coming: false })
        {
            return false;
        }

        AbsenceReason? reason = code switch
        {
            "rs" => AbsenceReason.SickChild,
            "ra" => AbsenceReason.Appointment,
            "ro" => AbsenceReason.Other,
            _ => null,
        };
        if (reason is not null)
        {
            answer.Reason = reason;
            enrolments.Answer(answer);
            notices.CantCome(group, occurrence, enrolment, reason);
        }

        replies.Say("sessions.reason-thanks");
        return true;
    }

    private static IReadOnlyList<IReadOnlyList<OutboundButton>> ReasonButtons(string seriesId, string dateKey, Replies replies) =>
    [
        [new OutboundButton(replies.Label("sessions.reason-sick"), Value(seriesId, dateKey, "rs")), new OutboundButton(replies.Label("sessions.reason-appointment"), Value(seriesId, dateKey, "ra"))],
        [new OutboundButton(replies.Label("sessions.reason-other"), Value(seriesId, dateKey, "ro")), new OutboundButton(replies.Label("sessions.reason-skip"), Value(seriesId, dateKey, "rx"))],
    ];
}
