using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Sessions.Facilitation;

namespace ParentBot.Web.Staff.Groups;

/// <summary>
/// Writing a message to a group: a template (other place, bring something, free time) or free text in the
/// facilitator's language with, if they want, their own version per language. Saving makes a draft to preview.
/// </summary>
public sealed class BroadcastModel(FacilitatedSeries groups, BroadcastService broadcasts, TimeProvider time) : GroupsPage
{
    public SessionSeries Group { get; private set; } = null!;

    /// <summary>The languages a version can be written in: the members' and the group's, not the writer's own.</summary>
    public IReadOnlyList<string> VersionLanguages { get; private set; } = [];

    public IReadOnlyList<Occurrence> Dates { get; private set; } = [];

    public string? Problem { get; private set; }

    public string MaxLength { get; } = BroadcastService.MaxTextLength.ToString(CultureInfo.InvariantCulture);

    public IActionResult OnGet(string id) => Load(id) ? Page() : NotFound();

    public IActionResult OnPost(string id, BroadcastTemplate template, string? detail, string? text, string? date, Dictionary<string, string>? versions)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        DateOnly? day = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        var draft = broadcasts.Draft(Me, Group.Id, template, template == BroadcastTemplate.FreeText ? text : detail, day);
        if (draft is null)
        {
            Problem = "console.broadcast.problem." + template.ToString().ToLowerInvariant();
            return Page();
        }

        foreach (var (language, version) in versions ?? [])
        {
            if (VersionLanguages.Contains(language) && !string.IsNullOrWhiteSpace(version))
            {
                broadcasts.AddVersion(Me, draft.Id, language, version);
            }
        }

        Audit(GroupAuditActions.BroadcastDrafted, Group.Id);
        return Redirect($"/staff/groups/{Uri.EscapeDataString(Group.Id)}/broadcasts/{Uri.EscapeDataString(draft.Id)}");
    }

    private bool Load(string id)
    {
        if (groups.Find(Me, id) is not { } group)
        {
            return false;
        }

        Group = group;
        var spoken = broadcasts.LanguagesOf(Me, group.Id).Concat(group.Languages).ToHashSet(StringComparer.Ordinal);
        VersionLanguages = [.. Localizer.Languages.All.Select(l => l.Code).Where(c => spoken.Contains(c) && c != Me.Language)];
        Dates = [.. SeriesSchedule.Upcoming(group, time.GetUtcNow(), 20).Where(o => !o.Cancelled)];
        return true;
    }
}
