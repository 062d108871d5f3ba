using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions;

/// <summary>
/// What a facilitator does with a group's members (from Telegram or the console): invite a parent in
/// person, see who is in, and remove someone. Only the group's own facilitators (or an admin of its
/// organisation) may: every call goes through <see cref="Facilitation.FacilitatedSeries"/>.
/// </summary>
public sealed class GroupMembership(
    Facilitation.FacilitatedSeries series, EnrolmentStore enrolments, PersonalInviteStore invites, ParentStore parents, OutboxWriter outbox, Localizer localizer, TimeProvider time)
{
    public static readonly TimeSpan InviteLifetime = TimeSpan.FromDays(14);

    /// <summary>A one-time code for one parent, with the name the facilitator knows them by; null if not their group.</summary>
    public PersonalInvite? InvitePersonally(string seriesId, string name, StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (series.Find(account, seriesId) is not { } group || string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var invite = new PersonalInvite
        {
            Id = InviteCodes.New(),
            SeriesId = group.Id,
            Name = name.Trim()[..Math.Min(name.Trim().Length, 40)],
            CreatedBy = account.Id,
            ExpiresUtc = (time.GetUtcNow() + InviteLifetime).UtcDateTime,
        };
        invites.Add(invite);
        return invite;
    }

    public IReadOnlyList<Enrolment>? Members(string seriesId, StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return series.Find(account, seriesId) is null ? null : enrolments.OfSeries(seriesId);
    }

    /// <summary>Removes a parent; they get one kind notice in their language and nothing from the group after it.</summary>
    public bool Remove(string seriesId, string chat, StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (series.Find(account, seriesId) is not { } group || !ChatKey.TryParse(chat, out var key)
            || enrolments.Find(group.Id, key) is not { } enrolment || !enrolments.Leave(group.Id, key))
        {
            return false;
        }

        var language = parents.Find(key)?.Language ?? "en";
        var text = localizer.Text(language, "sessions.removed", new Dictionary<string, string>(StringComparer.Ordinal) { ["group"] = group.Name });
        outbox.Enqueue(key, new OutboundMessage(text, localizer.DirectionOf(language), [], "notice:removed"), $"removed:{group.Id}:{chat}:{enrolment.JoinedUtc.Ticks}");
        return true;
    }
}
