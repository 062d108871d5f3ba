using ParentBot.Core.Outbox;
using ParentBot.Core.Sessions.Facilitation;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>
/// Cancels one meeting of a group: the date is marked cancelled (so no reminders go out) and every parent of
/// the group, muted or not, is told in their language. Notices are keyed per parent and date, so cancelling
/// again, or again after a crash, tells each parent once; a date cancelled again after it was taken back
/// (<see cref="Uncancel"/>) is told again.
/// </summary>
public sealed class SessionCancellation(
    FacilitatedSeries access, SeriesStore series, GroupRecipients recipients, BroadcastComposer composer, OutboxWriter outbox, TimeProvider time)
{
    public CancelResult Cancel(StaffAccount account, string seriesId, DateOnly date)
    {
        if (access.Find(account, seriesId) is not { } group)
        {
            return new CancelResult(CancelOutcome.NotAllowed, 0);
        }

        if (SeriesSchedule.On(group, date) is not { } occurrence || occurrence.EndUtc <= time.GetUtcNow())
        {
            return new CancelResult(CancelOutcome.NoSuchDate, 0);
        }

        var first = series.CancelDate(group.Id, SeriesSchedule.FormatDate(date));

        // Queued even when the date was cancelled already: a crash may have come between marking and queuing,
        // and the keys make sure nobody is told twice.
        var everyone = recipients.Of(group);
        var taken = group.Reinstated.Count(d => d == SeriesSchedule.FormatDate(date));
        var round = taken == 0 ? string.Empty : "#" + taken.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var recipient in everyone)
        {
            outbox.Enqueue(
                recipient.Chat,
                composer.Cancellation(group, occurrence, recipient.Language),
                KeyFor(group.Id, occurrence.DateKey, recipient.Chat.ToString()) + round);
        }

        return new CancelResult(first ? CancelOutcome.Cancelled : CancelOutcome.AlreadyCancelled, everyone.Count);
    }

    /// <summary>
    /// Puts a cancelled meeting back in the schedule (reminders go out again) and tells every parent of the group
    /// in their language, as they were all told of the cancellation. Keyed per time it is taken back, so each
    /// parent hears it once. False if not allowed, over, or not cancelled.
    /// </summary>
    public bool Uncancel(StaffAccount account, string seriesId, DateOnly date)
    {
        if (access.Find(account, seriesId) is not { } group
            || SeriesSchedule.On(group, date) is not { Cancelled: true } occurrence
            || occurrence.EndUtc <= time.GetUtcNow()
            || !series.UncancelDate(group.Id, SeriesSchedule.FormatDate(date)))
        {
            return false;
        }

        var round = series.Find(group.Id)!.Reinstated.Count(d => d == SeriesSchedule.FormatDate(date));
        foreach (var recipient in recipients.Of(group))
        {
            outbox.Enqueue(
                recipient.Chat,
                composer.Reinstatement(group, occurrence, recipient.Language),
                "rei:" + group.Id + ":" + occurrence.DateKey + ":" + recipient.Chat + "#" + round.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return true;
    }

    public static string KeyFor(string seriesId, string dateKey, string chat) => "cxl:" + seriesId + ":" + dateKey + ":" + chat;
}

/// <summary>What cancelling came to, and how many parents are told.</summary>
public sealed record CancelResult(CancelOutcome Outcome, int Parents);

public enum CancelOutcome
{
    Cancelled,
    AlreadyCancelled,

    /// <summary>Not a group of this account's organisation that it runs.</summary>
    NotAllowed,

    /// <summary>The group does not meet that day, or the meeting is over.</summary>
    NoSuchDate,
}
