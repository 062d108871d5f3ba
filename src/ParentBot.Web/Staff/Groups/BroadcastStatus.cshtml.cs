using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Sessions.Facilitation;

namespace ParentBot.Web.Staff.Groups;

/// <summary>
/// A broadcast: while a draft, exactly what parents will read in each language of the group, and "send now" or
/// "send at" (Brussels time); once sent, each parent's delivery. The page reloads itself (a <c>Refresh</c>
/// header: the console runs no scripts) while messages are still queued.
/// </summary>
public sealed class BroadcastStatusModel(FacilitatedSeries groups, BroadcastService broadcasts, TimeProvider time) : GroupsPage
{
    private const string RefreshSeconds = "5";

    public SessionSeries Group { get; private set; } = null!;

    public Broadcast Broadcast { get; private set; } = null!;

    public IReadOnlyList<(string Language, OutboundMessage Message)> Previews { get; private set; } = [];

    public BroadcastStatus? Status { get; private set; }

    public string? Problem { get; private set; }

    public string DefaultLater => BrusselsClock.ToLocal(time.GetUtcNow().AddHours(1)).ToString("yyyy-MM-dd'T'HH:00", CultureInfo.InvariantCulture);

    public IActionResult OnGet(string id, string broadcastId)
    {
        if (!Load(id, broadcastId))
        {
            return NotFound();
        }

        // A message planned for later waits quietly; reloading every few seconds for days would help nobody.
        if (Status is { } status && status.Count(OutboxStatus.Queued) > 0 && Broadcast.DueUtc <= time.GetUtcNow().UtcDateTime)
        {
            Response.Headers["Refresh"] = RefreshSeconds;
        }

        return Page();
    }

    public IActionResult OnPostSend(string id, string broadcastId, string? when, string? at)
    {
        if (!Load(id, broadcastId))
        {
            return NotFound();
        }

        DateTimeOffset? due = null;
        if (when == "later")
        {
            if (!DateTime.TryParseExact(at, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                || BrusselsClock.AtLocal(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)) is var instant && instant <= time.GetUtcNow())
            {
                Problem = "console.broadcast.problem.later";
                return Page();
            }

            due = instant;
        }

        if (broadcasts.Send(Me, Broadcast.Id, due) is null)
        {
            Problem = "console.broadcast.problem.sent-already";
            return Page();
        }

        Audit(GroupAuditActions.BroadcastSent, Group.Id);
        return Redirect($"/staff/groups/{Uri.EscapeDataString(Group.Id)}/broadcasts/{Uri.EscapeDataString(Broadcast.Id)}");
    }

    /// <summary>The first name only, if the parent gave one; else "parent 3".</summary>
    public string LabelOf(RecipientStatus recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var first = recipient.Name?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first ?? (recipient.Number > 0 ? T("console.groups.parent-n", ("n", Number(recipient.Number))) : T("console.broadcast.left"));
    }

    private bool Load(string id, string broadcastId)
    {
        if (groups.Find(Me, id) is not { } group || broadcasts.Find(Me, broadcastId) is not { } broadcast || broadcast.SeriesId != group.Id)
        {
            return false;
        }

        Group = group;
        Broadcast = broadcast;
        if (broadcast.IsDraft)
        {
            var spoken = broadcasts.LanguagesOf(Me, group.Id).Concat(group.Languages).ToHashSet(StringComparer.Ordinal);
            Previews = [.. Localizer.Languages.All.Select(l => l.Code).Where(spoken.Contains)
                .Select(code => (code, broadcasts.Preview(Me, broadcast.Id, code)!))];
        }
        else
        {
            Status = broadcasts.Status(Me, broadcast.Id);
        }

        return true;
    }
}
