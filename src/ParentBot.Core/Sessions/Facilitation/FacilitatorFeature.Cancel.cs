using ParentBot.Core.Conversations;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Staff;

namespace ParentBot.Core.Sessions.Facilitation;

/// <summary>Cancel a date: pick one of the next meetings, confirm, and every parent is told.</summary>
public sealed partial class FacilitatorFeature
{
    private bool ShowCancelDates(StaffAccount account, string seriesId, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series)
        {
            return false;
        }

        var rows = Dates(series).Select(o => Row(new OutboundButton(When(replies, o.StartUtc), "sg:cd:" + series.Id + ":" + o.DateKey)))
            .Append(Row(BackTo(replies, series.Id))).ToList();
        replies.Add(replies.Label(rows.Count > 1 ? "facilitator.cancel-choose" : "facilitator.no-dates"), rows, "staff:sg:cancel");
        return true;
    }

    private bool ConfirmCancel(StaffAccount account, string seriesId, string dateKey, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series || !SeriesSchedule.TryParseDateKey(dateKey, out var date)
            || SeriesSchedule.On(series, date) is not { Cancelled: false } occurrence || occurrence.EndUtc <= Now)
        {
            return false;
        }

        replies.Add(
            Text(replies, "facilitator.cancel-confirm", ("group", series.Name), ("date", When(replies, occurrence.StartUtc))),
            [
                Row(new OutboundButton(replies.Label("facilitator.cancel-yes"), "sg:cy:" + series.Id + ":" + occurrence.DateKey)),
                Row(new OutboundButton(replies.Label("facilitator.cancel-no"), "sg:g:" + series.Id)),
            ],
            "staff:sg:cancel-confirm");
        return true;
    }

    private bool Cancel(StaffAccount account, string seriesId, string dateKey, Replies replies)
    {
        if (!SeriesSchedule.TryParseDateKey(dateKey, out var date))
        {
            return false;
        }

        var result = cancellation.Cancel(account, seriesId, date);
        switch (result.Outcome)
        {
            case CancelOutcome.Cancelled:
                replies.Say("facilitator.cancel-done", Values(("count", result.Parents.ToString(replies.Localizer.CultureOf(replies.Language)))));
                break;
            case CancelOutcome.AlreadyCancelled:
                replies.Say("facilitator.cancel-already");
                break;
            default:
                return false;
        }

        return ShowGroup(account, seriesId, replies);
    }
}
