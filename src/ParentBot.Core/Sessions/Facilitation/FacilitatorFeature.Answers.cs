using System.Text;
using ParentBot.Core.Conversations;
using ParentBot.Core.Outbox;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Staff;

namespace ParentBot.Core.Sessions.Facilitation;

/// <summary>What the facilitator reads back: who comes next time, and how the last broadcast was delivered.</summary>
public sealed partial class FacilitatorFeature
{
    private bool ShowWhoComes(StaffAccount account, string seriesId, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series)
        {
            return false;
        }

        if (who.Next(account, series.Id) is not { } next)
        {
            replies.Add(replies.Label("facilitator.no-next"), [[BackTo(replies, series.Id)]], "staff:sg:who");
            return true;
        }

        var text = new StringBuilder(Text(replies, "facilitator.who-title", ("group", series.Name), ("date", When(replies, next.Occurrence.StartUtc))));
        text.Append("\n\n").Append(Text(replies, "facilitator.who-coming", ("count", Count(replies, next.Coming.Count))))
            .Append('\n').Append(List(next.Coming.Select(p => Label(replies, p))));
        text.Append("\n\n").Append(Text(replies, "facilitator.who-cannot", ("count", Count(replies, next.CannotCome.Count))))
            .Append('\n').Append(List(next.CannotCome.Select(c => Label(replies, c.Parent) + Reason(replies, c.Reason))));
        text.Append("\n\n").Append(Text(replies, "facilitator.who-no-answer", ("count", Count(replies, next.NoAnswer.Count))))
            .Append('\n').Append(List(next.NoAnswer.Select(p => Label(replies, p))));
        replies.Add(text.ToString(), [[BackTo(replies, series.Id)]], "staff:sg:who");
        return true;
    }

    private bool ShowLatestStatus(StaffAccount account, string seriesId, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series)
        {
            return false;
        }

        if (broadcasts.Latest(account, series.Id) is not { } latest)
        {
            replies.Add(replies.Label("facilitator.no-broadcast"), [[BackTo(replies, series.Id)]], "staff:sg:status");
            return true;
        }

        return ShowStatus(account, latest.Id, replies);
    }

    private bool ShowStatus(StaffAccount account, string broadcastId, Replies replies)
    {
        if (broadcasts.Status(account, broadcastId) is not { } status)
        {
            return false;
        }

        var due = new DateTimeOffset(DateTime.SpecifyKind(status.Broadcast.DueUtc ?? status.Broadcast.CreatedUtc, DateTimeKind.Utc));
        var text = new StringBuilder(Text(
            replies,
            "facilitator.status-title",
            ("when", When(replies, due)),
            ("sent", Count(replies, status.Count(OutboxStatus.Sent))),
            ("queued", Count(replies, status.Count(OutboxStatus.Queued))),
            ("failed", Count(replies, status.Count(OutboxStatus.Failed))),
            ("unreachable", Count(replies, status.Count(OutboxStatus.Unreachable)))));
        foreach (var row in status.Recipients)
        {
            var name = row.Number == 0 ? replies.Label("facilitator.parent-left") : Label(replies, row.Name, row.Number);
            text.Append('\n').Append("• ").Append(name).Append(" — ").Append(replies.Label("facilitator.status-" + row.Status.ToString().ToLowerInvariant()));
        }

        replies.Add(
            text.ToString(),
            [
                Row(new OutboundButton(replies.Label("facilitator.refresh-button"), "sg:bst:" + status.Broadcast.Id)),
                Row(BackTo(replies, status.Broadcast.SeriesId)),
            ],
            "staff:sg:status");
        return true;
    }

    private static string Label(Replies replies, Recipient parent) => Label(replies, parent.Name, parent.Number);

    private static string Label(Replies replies, string? name, int number) =>
        name ?? Text(replies, "facilitator.parent-n", ("n", Count(replies, number)));

    private static string Reason(Replies replies, AbsenceReason? reason) => reason switch
    {
        AbsenceReason.SickChild => " (" + replies.Label("facilitator.reason-sick-child") + ")",
        AbsenceReason.Appointment => " (" + replies.Label("facilitator.reason-appointment") + ")",
        AbsenceReason.Other => " (" + replies.Label("facilitator.reason-other") + ")",
        _ => string.Empty,
    };

    private static string List(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count == 0 ? "—" : string.Join(", ", all);
    }

    private static string Count(Replies replies, int count) => count.ToString(replies.Localizer.CultureOf(replies.Language));
}
