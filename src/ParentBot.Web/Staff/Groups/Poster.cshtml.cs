using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Facilitation;

namespace ParentBot.Web.Staff.Groups;

/// <summary>
/// A poster to print and hang up: the group's name, days and times, a big QR code and the code, with "scan or
/// type this code" in Dutch, French and English. The QR image comes from the same page (<c>/poster/qr</c>), so
/// it is checked like the page: another organisation's group is "not found".
/// </summary>
public sealed class PosterModel(FacilitatedSeries groups, GroupLookups lookups) : GroupsPage
{
    /// <summary>The poster speaks the staff languages, whatever the console's.</summary>
    public static IReadOnlyList<string> PosterLanguages { get; } = ["nl", "fr", "en"];

    public SessionSeries Group { get; private set; } = null!;

    public Invitation Invitation { get; private set; } = null!;

    public string VenueName => lookups.VenueName(Group);

    public IActionResult OnGet(string id)
    {
        if (groups.Find(Me, id) is not { } group)
        {
            return NotFound();
        }

        Group = group;
        Invitation = lookups.InvitationOf(group, Request);
        return Page();
    }

    public IActionResult OnGetQr(string id) =>
        groups.Find(Me, id) is { } group ? File(lookups.InvitationOf(group, Request).QrPng(), "image/png") : NotFound();

    public string In(string language, string key, params (string Name, string Value)[] values) =>
        Localizer.Text(language, key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
}
