using System.Globalization;
using ParentBot.Core.Localization;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Places;

/// <summary>
/// Staff of an organisation change its venues' data in the console: checked field by field (each refusal names its
/// console text), saved whole, and audited. Another organisation's venue is "not found"; only accounts that review
/// visits (admin, staff) may change venues.
/// </summary>
public sealed class VenueEditor(VenueStore venues, MunicipalityCatalog towns, LanguageCatalog languages, IAuditLog audit)
{
    public const string Edited = "venue.edit";

    /// <summary>The languages staff write venue texts in; a parent of another language reads the English one.</summary>
    public static IReadOnlyList<string> TextLanguages { get; } = ["nl", "fr", "en"];

    public IReadOnlyList<Venue> OfOrganisation(StaffAccount actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.CanReviewVisits ? venues.InOrganisation(actor.Organisation) : [];
    }

    public Venue? Find(StaffAccount actor, string id)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.CanReviewVisits && venues.Find(id) is { } venue && venue.Organisation == actor.Organisation ? venue : null;
    }

    public EditResult Save(StaffAccount actor, string id, VenueEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (Find(actor, id) is not { } venue)
        {
            return EditResult.NotFound;
        }

        var problems = new VenueEditCheck(towns, languages, edit).Problems();
        if (problems.Count > 0)
        {
            return new EditResult(true, problems);
        }

        venue.Name = edit.Name!.Trim();
        venue.Address = edit.Address!.Trim();
        venue.Postcode = edit.Postcode!.Trim();
        venue.Municipality = edit.Municipality!;
        venue.Languages = [.. languages.All.Select(l => l.Code).Where(edit.Languages.Contains)];
        venue.MinAgeMonths = int.Parse(edit.MinAgeMonths!, CultureInfo.InvariantCulture);
        venue.MaxAgeMonths = int.Parse(edit.MaxAgeMonths!, CultureInfo.InvariantCulture);
        venue.Latitude = VenueEditCheck.Coordinate(edit.Latitude)!.Value;
        venue.Longitude = VenueEditCheck.Coordinate(edit.Longitude)!.Value;
        Rewrite(venue.Description, edit.Description);
        Rewrite(venue.Accessibility, edit.Accessibility);
        venues.Save(venue);
        audit.Record(actor.Id, actor.Organisation, Edited, venue.Id);
        return EditResult.Saved;
    }

    /// <summary>
    /// Sets the staff languages' texts. When one of them changed, the other languages' (machine) translations say
    /// something outdated: they go, and those parents read the English text until someone translates it again.
    /// </summary>
    private static void Rewrite(Dictionary<string, string> texts, IReadOnlyDictionary<string, string?> typed)
    {
        var changed = false;
        foreach (var language in TextLanguages)
        {
            var now = typed.GetValueOrDefault(language)?.Trim() ?? string.Empty;
            if (now == texts.GetValueOrDefault(language, string.Empty))
            {
                continue;
            }

            changed = true;
            if (now.Length == 0)
            {
                texts.Remove(language);
            }
            else
            {
                texts[language] = now;
            }
        }

        if (changed)
        {
            foreach (var other in texts.Keys.Where(k => !TextLanguages.Contains(k)).ToList())
            {
                texts.Remove(other);
            }
        }
    }
}
