using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Sessions.Facilitation;

namespace ParentBot.Web.Staff.Groups;

/// <summary>
/// Removing a parent from a group, after a confirmation. <see cref="GroupMembership.Remove"/> sends them one
/// kind notice in their language; after that nothing of the group reaches them.
/// </summary>
public sealed class RemoveModel(FacilitatedSeries groups, GroupRecipients recipients, GroupMembership membership) : GroupsPage
{
    public SessionSeries Group { get; private set; } = null!;

    public Recipient Member { get; private set; } = null!;

    public string MemberName => Member.Name ?? T("console.groups.parent-n", ("n", Number(Member.Number)));

    public IActionResult OnGet(string id, string stamp) => Load(id, stamp) ? Page() : NotFound();

    public IActionResult OnPost(string id, string stamp)
    {
        if (!Load(id, stamp) || !membership.Remove(Group.Id, Member.Chat.ToString(), Me))
        {
            return NotFound();
        }

        Audit(GroupAuditActions.EnrolmentRemoved, Group.Id);
        return Redirect($"/staff/groups/{Uri.EscapeDataString(Group.Id)}?done=removed");
    }

    private bool Load(string id, string stamp)
    {
        if (groups.Find(Me, id) is not { } group
            || recipients.Of(group).FirstOrDefault(r => MemberStamp.Of(r.Chat.ToString()) == stamp) is not { } member)
        {
            return false;
        }

        Group = group;
        Member = member;
        return true;
    }
}
