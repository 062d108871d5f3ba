using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Sessions.Facilitation;

namespace ParentBot.Web.Staff.Groups;

/// <summary>
/// One meeting: who comes, who cannot (and why, if they said), who did not answer; and cancelling it, which
/// tells every parent of the group (<see cref="SessionCancellation"/>), or taking a cancellation back.
/// </summary>
public sealed class DateModel(FacilitatedSeries groups, WhoIsComing answers, SessionCancellation cancellation, TimeProvider time) : GroupsPage
{
    public SessionSeries Group { get; private set; } = null!;

    public MeetingAnswers Answers { get; private set; } = null!;

    public string? Notice { get; private set; }

    public bool IsOver => Answers.Occurrence.EndUtc <= time.GetUtcNow();

    public IActionResult OnGet(string id, string date, string? done)
    {
        Notice = done is "cancelled" or "uncancelled" ? "console.groups.date.done." + done : null;
        return Load(id, date) ? Page() : NotFound();
    }

    public IActionResult OnPostCancel(string id, string date)
    {
        if (!Load(id, date))
        {
            return NotFound();
        }

        var result = cancellation.Cancel(Me, Group.Id, Answers.Occurrence.Date);
        if (result.Outcome is CancelOutcome.NotAllowed)
        {
            return NotFound();
        }

        if (result.Outcome is CancelOutcome.NoSuchDate)
        {
            Notice = "console.groups.date.over";
            return Page();
        }

        Audit(GroupAuditActions.DateCancelled, Group.Id + " " + date);
        return Redirect($"/staff/groups/{Uri.EscapeDataString(Group.Id)}/dates/{date}?done=cancelled");
    }

    public IActionResult OnPostUncancel(string id, string date)
    {
        if (!Load(id, date))
        {
            return NotFound();
        }

        if (!cancellation.Uncancel(Me, Group.Id, Answers.Occurrence.Date))
        {
            Notice = "console.groups.date.over";
            return Page();
        }

        Audit(GroupAuditActions.DateUncancelled, Group.Id + " " + date);
        return Redirect($"/staff/groups/{Uri.EscapeDataString(Group.Id)}/dates/{date}?done=uncancelled");
    }

    public string NameOf(Recipient parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return parent.Name ?? T("console.groups.parent-n", ("n", Number(parent.Number)));
    }

    private bool Load(string id, string date)
    {
        if (groups.Find(Me, id) is not { } group
            || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || answers.On(Me, group.Id, day) is not { } found)
        {
            return false;
        }

        Group = group;
        Answers = found;
        return true;
    }
}
