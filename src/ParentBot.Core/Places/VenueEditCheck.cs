using System.Globalization;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Places;

/// <summary>The checks of a <see cref="VenueEdit"/>: every problem at once, each with the console text that explains it.</summary>
internal sealed class VenueEditCheck(MunicipalityCatalog towns, LanguageCatalog languages, VenueEdit edit)
{
    private const string Problem = "console.venues.problem.";
    private const int MaxAgeMonths = 72;
    private const int MaxText = 500;
    private readonly List<EditProblem> _problems = [];

    public IReadOnlyList<EditProblem> Problems()
    {
        Text("name", edit.Name, 120);
        Text("address", edit.Address, 200);
        var town = towns.Get(edit.Municipality);
        Check("municipality", town is not null, "municipality");
        var postcode = edit.Postcode?.Trim() ?? string.Empty;
        Check("postcode", postcode.Length == 4 && postcode.All(char.IsAsciiDigit), "postcode");
        Check("postcode", town is null || town.Postcodes.Count == 0 || town.Postcodes.Contains(postcode), "postcode-town");
        Check("languages", edit.Languages.Count > 0, "languages");
        Check("languages", edit.Languages.All(l => languages.TryGet(l, out _)), "languages-unknown");
        var min = Months(edit.MinAgeMonths);
        var max = Months(edit.MaxAgeMonths);
        Check("min-age", min is not null, "age");
        Check("max-age", max is not null, "age");
        Check("max-age", min is null || max is null || min <= max, "age-order");
        var latitude = Coordinate(edit.Latitude);
        var longitude = Coordinate(edit.Longitude);

        // Belgium and a little around it: a swapped or mistyped number would put the map link somewhere else.
        Check("latitude", latitude is >= 49.4 and <= 51.6, "latitude");
        Check("longitude", longitude is >= 2.4 and <= 6.5, "longitude");
        foreach (var (field, texts) in new[] { ("description", edit.Description), ("accessibility", edit.Accessibility) })
        {
            Check(field, texts.Values.All(t => (t?.Trim().Length ?? 0) <= MaxText), "text-long");
        }

        return _problems;
    }

    /// <summary>A coordinate as typed, with a decimal point or a decimal comma.</summary>
    public static double? Coordinate(string? text) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static int? Months(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months <= MaxAgeMonths ? months : null;

    private void Text(string field, string? text, int max)
    {
        var length = text?.Trim().Length ?? 0;
        Check(field, length > 0, field + "-missing");
        Check(field, length <= max, "too-long");
    }

    private bool Found(string field) => _problems.Any(p => p.Field == field);

    /// <summary>Records the first problem of a field only: one clear message beside it, not a list.</summary>
    private void Check(string field, bool ok, string problem)
    {
        if (!ok && !Found(field))
        {
            _problems.Add(new EditProblem(field, Problem + problem));
        }
    }
}
