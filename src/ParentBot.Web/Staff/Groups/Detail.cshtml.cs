using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Sessions.Facilitation;

namespace ParentBot.Web.Staff.Groups;

/// <summary>
/// One group: its details, the invitation, its dates (each opens who comes and cancelling), its members
/// (remove, invite someone in person) and its broadcasts.
/// </summary>
public sealed class DetailModel(
    FacilitatedSeries groups, GroupRecipients recipients, GroupMembership membership, GroupLookups lookups, TimeProvider time) : GroupsPage
{
    private const int UpcomingShown = 12;

    public SessionSeries Group { get; private set; } = null!;

    public IReadOnlyList<Recipient> Members { get; private set; } = [];

    public IReadOnlyList<Occurrence> Dates { get; private set; } = [];

    public bool AllDates { get; private set; }

    public string? Notice { get; private set; }

    public PersonalInvite? InviteMade { get; private set; }

    public Invitation Invitation { get; private set; } = null!;

    public Broadcast? LatestBroadcast { get; private set; }

    public GroupLookups Lookups => lookups;

    public IActionResult OnGet(string id, string? done, bool all = false)
    {
        Notice = done is "created" or "saved" or "removed" ? "console.groups.done." + done : null;
        return Load(id, all) ? Page() : NotFound();
    }

    public IActionResult OnPostInvite(string id, string? name)
    {
        if (!Load(id, all: false))
        {
            return NotFound();
        }

        InviteMade = membership.InvitePersonally(Group.Id, name ?? string.Empty, Me);
        if (InviteMade is null)
        {
            Notice = "console.groups.invite.name-missing";
            return Page();
        }

        Audit(GroupAuditActions.PersonalInvite, Group.Id);
        return Page();
    }

    public string NameOf(Recipient member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Name ?? T("console.groups.parent-n", ("n", Number(member.Number)));
    }

    public string ReminderText(string lead)
    {
        var parsed = ReminderLead.Parse(lead);
        return parsed.EveningAt is { } at
            ? T("console.groups.reminder.evening", ("time", at.ToString("HH:mm", CultureInfo.InvariantCulture)))
            : T("console.groups.reminder.before", ("minutes", Number(parsed.MinutesBefore)));
    }

    private bool Load(string id, bool all)
    {
        if (groups.Find(Me, id) is not { } group)
        {
            return false;
        }

        Group = group;
        AllDates = all;
        Members = recipients.Of(group);
        var now = time.GetUtcNow();
        Dates = all
            ? [.. SeriesSchedule.Between(group, SeriesSchedule.ParseDate(group.FirstDate), SeriesSchedule.ParseDate(group.LastDate))]
            : SeriesSchedule.Upcoming(group, now, UpcomingShown);
        Invitation = lookups.InvitationOf(group, Request);
        LatestBroadcast = lookups.Broadcasts.Latest(Me, group.Id);
        return true;
    }
}
