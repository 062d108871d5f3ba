using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Localization;
using ParentBot.Core.Places;
using ParentBot.Web.Staff.Visits;

namespace ParentBot.Web.Staff.Venues;

/// <summary>A venue's data (name, address, town, languages, ages, place on the map, texts): checked, saved, audited.</summary>
public sealed class EditModel(VenueEditor editor, MunicipalityCatalog towns, LanguageCatalog languages) : VisitStaffPage
{
    public Venue? Venue { get; private set; }

    public VenueForm Form { get; private set; } = new();

    public IReadOnlyList<EditProblem> Problems { get; private set; } = [];

    public bool Saved { get; private set; }

    public IEnumerable<Municipality> Towns => towns.All.OrderBy(t => t.Name, StringComparer.CurrentCulture);

    public IEnumerable<string> LanguageCodes => languages.All.Select(l => l.Code);

    public IActionResult OnGet(string id, string? done)
    {
        Venue = editor.Find(Me, id);
        if (Venue is null)
        {
            return NotFound();
        }

        Form = VenueForm.Of(Venue);
        Saved = done == "saved";
        return Page();
    }

    public IActionResult OnPost(string id, [FromForm] VenueForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = editor.Save(Me, id, form.ToEdit());
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.IsSaved)
        {
            return Redirect($"/staff/venues/{Uri.EscapeDataString(id)}?done=saved");
        }

        Venue = editor.Find(Me, id);
        Form = form;
        Problems = result.Problems;
        return Page();
    }

    /// <summary>The problem text beside a field, or null.</summary>
    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field) is { } p ? T(p.TextKey) : null;
}
