using System.Globalization;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Staff;

namespace ParentBot.Core.Sessions.Facilitation;

/// <summary>
/// The group's members: the list, removing someone (after a confirmation), and a personal invitation for a
/// parent the facilitator knows. A member is named in buttons by when they joined, not by position, so an old
/// "remove" button can never hit the wrong person after the list changed.
/// </summary>
public sealed partial class FacilitatorFeature
{
    private bool ShowMembers(StaffAccount account, string seriesId, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series || membership.Members(series.Id, account) is not { } members)
        {
            return false;
        }

        var names = recipients.Of(series).ToDictionary(r => r.Chat.ToString(), r => NameOf(replies, r.Name, r.Number), StringComparer.Ordinal);
        var count = members.Count.ToString(CultureInfo.InvariantCulture);
        var text = Text(replies, "facilitator.members-title", ("group", series.Name), ("count", count), ("capacity", series.Capacity.ToString(CultureInfo.InvariantCulture)));
        if (members.Count > 0)
        {
            text += "\n" + string.Join("\n", members.Select(m => "• " + names.GetValueOrDefault(m.Chat, "?")));
        }

        var rows = members
            .Select(m => Row(new OutboundButton(Text(replies, "facilitator.remove-button", ("name", names.GetValueOrDefault(m.Chat, "?"))), $"sg:mr:{series.Id}:{Stamp(m)}")))
            .Append(Row(new OutboundButton(replies.Label("facilitator.invite-button"), "sg:i:" + series.Id)))
            .Append(Row(BackTo(replies, series.Id)))
            .ToList();
        replies.Add(text, rows, "staff:sg:members");
        return true;
    }

    private bool ConfirmRemove(StaffAccount account, string seriesId, string stamp, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series || FindMember(account, series, stamp) is not { } member)
        {
            return false;
        }

        replies.Add(
            Text(replies, "facilitator.remove-confirm", ("name", NameOf(replies, member.Name, member.Number)), ("group", series.Name)),
            [
                Row(new OutboundButton(replies.Label("facilitator.remove-yes"), $"sg:my:{series.Id}:{stamp}")),
                Row(new OutboundButton(replies.Label("facilitator.remove-no"), "sg:m:" + series.Id)),
            ],
            "staff:sg:remove-confirm");
        return true;
    }

    private bool Remove(StaffAccount account, string seriesId, string stamp, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series || FindMember(account, series, stamp) is not { } member
            || !membership.Remove(series.Id, member.Chat.ToString(), account))
        {
            return false;
        }

        replies.Say("facilitator.removed", Values(("name", NameOf(replies, member.Name, member.Number))));
        return ShowMembers(account, series.Id, replies);
    }

    private bool AskInviteName(StaffAccount account, string seriesId, FlowContext context, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series)
        {
            return false;
        }

        Await(context, "invite:" + series.Id);
        replies.Add(replies.Label("facilitator.ask-invite-name"), [Row(BackTo(replies, series.Id))], "staff:sg:invite");
        return true;
    }

    private bool Invite(StaffAccount account, string seriesId, string name, Replies replies)
    {
        if (membership.InvitePersonally(seriesId, name, account) is not { } invite)
        {
            return false;
        }

        replies.Add(Text(replies, "facilitator.invite-made", ("name", invite.Name), ("code", invite.Id)), [Row(BackTo(replies, seriesId))], "staff:sg:invite-made");
        return true;
    }

    private Broadcasts.Recipient? FindMember(StaffAccount account, SessionSeries series, string stamp)
    {
        var chat = membership.Members(series.Id, account)?.FirstOrDefault(m => Stamp(m) == stamp)?.Chat;
        return chat is null ? null : recipients.Of(series).FirstOrDefault(r => r.Chat.ToString() == chat);
    }

    /// <summary>When they joined plus a short hash of the chat: unique even for two parents joining in the same millisecond, and no chat id in the button.</summary>
    private static string Stamp(Enrolment enrolment) =>
        enrolment.JoinedUtc.Ticks.ToString("x", CultureInfo.InvariantCulture) + "."
        + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(enrolment.Chat)))[..8];

    private static string NameOf(Replies replies, string? name, int number) =>
        name ?? Text(replies, "facilitator.parent-n", ("n", number.ToString(CultureInfo.InvariantCulture)));
}
