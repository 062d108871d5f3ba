using Microsoft.AspNetCore.Http;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff.Groups;

/// <summary>
/// What the group pages look up besides the group itself: names of venues and accounts, the invitation, and
/// broadcasts. Kept together so the pages stay within five dependencies.
/// </summary>
public sealed class GroupLookups(VenueStore venues, StaffStore staff, BotProfile bot, BroadcastService broadcasts)
{
    public BroadcastService Broadcasts => broadcasts;

    public string VenueName(SessionSeries group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return venues.Find(group.VenueId) is { } venue && venue.Organisation == group.Organisation ? $"{venue.Name}, {venue.Address}" : group.VenueId;
    }

    public string AccountName(string id, string organisation) => staff.FindIn(id, organisation)?.DisplayName ?? id;

    /// <summary>
    /// The Telegram deep link when the bot's name is known; otherwise this site's web chat with the code
    /// (<c>/?join=CODE</c>), so the poster's QR code always opens a chat that can enrol the parent.
    /// </summary>
    public Invitation InvitationOf(SessionSeries group, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(request);
        var telegram = Invitation.For(group, bot.TelegramUsername);
        return telegram.Link is not null ? telegram : telegram with { Link = WebChatLink(group, request) };
    }

    public static string WebChatLink(SessionSeries group, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}/?join={Uri.EscapeDataString(group.InviteCode)}";
    }
}
