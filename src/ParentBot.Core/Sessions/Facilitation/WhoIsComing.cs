using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Facilitation;

/// <summary>The answers for one meeting: who comes, who cannot (with the reason if they gave one), who did not answer.</summary>
public sealed record MeetingAnswers(
    Occurrence Occurrence,
    IReadOnlyList<Recipient> Coming,
    IReadOnlyList<(Recipient Parent, AbsenceReason? Reason)> CannotCome,
    IReadOnlyList<Recipient> NoAnswer);

/// <summary>"Who comes next time" for a facilitator; the answers stay within the organisation.</summary>
public sealed class WhoIsComing(FacilitatedSeries access, GroupRecipients recipients, EnrolmentStore enrolments, TimeProvider time)
{
    /// <summary>The next meeting that is not cancelled; null when the account may not see the group or none is left.</summary>
    public MeetingAnswers? Next(StaffAccount account, string seriesId) =>
        access.Find(account, seriesId) is { } series
        && SeriesSchedule.Upcoming(series, time.GetUtcNow(), 400).FirstOrDefault(o => !o.Cancelled) is { } next
            ? AnswersOf(series, next)
            : null;

    /// <summary>The answers for the meeting on <paramref name="date"/>; null when the group does not meet then or is not the account's.</summary>
    public MeetingAnswers? On(StaffAccount account, string seriesId, DateOnly date) =>
        access.Find(account, seriesId) is { } series && SeriesSchedule.On(series, date) is { } occurrence ? AnswersOf(series, occurrence) : null;

    private MeetingAnswers AnswersOf(SessionSeries series, Occurrence occurrence)
    {
        var answers = enrolments.AnswersFor(series.Id, occurrence.DateKey).ToDictionary(a => a.Chat, StringComparer.Ordinal);
        var coming = new List<Recipient>();
        var cannot = new List<(Recipient, AbsenceReason?)>();
        var silent = new List<Recipient>();
        foreach (var parent in recipients.Of(series))
        {
            if (!answers.TryGetValue(parent.Chat.ToString(), out var answer))
            {
                silent.Add(parent);
            }
            else if (answer.Coming)
            {
                coming.Add(parent);
            }
            else
            {
                cannot.Add((parent, answer.Reason));
            }
        }

        return new MeetingAnswers(occurrence, coming, cannot, silent);
    }
}
