using System.Globalization;
using ParentBot.Core.Places;

namespace ParentBot.Web.Staff.Venues;

/// <summary>The fields of the venue form, as posted; shown again as typed when something is refused.</summary>
public sealed class VenueForm
{
    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? Postcode { get; set; }

    public string? Municipality { get; set; }

    public List<string> Languages { get; set; } = [];

    public string? MinAgeMonths { get; set; }

    public string? MaxAgeMonths { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? DescriptionNl { get; set; }

    public string? DescriptionFr { get; set; }

    public string? DescriptionEn { get; set; }

    public string? AccessibilityNl { get; set; }

    public string? AccessibilityFr { get; set; }

    public string? AccessibilityEn { get; set; }

    public static VenueForm Of(Venue venue)
    {
        ArgumentNullException.ThrowIfNull(venue);
        var d = venue.Description;
        var a = venue.Accessibility;
        return new VenueForm
        {
            Name = venue.Name, Address = venue.Address, Postcode = venue.Postcode, Municipality = venue.Municipality, Languages = [.. venue.Languages],
            MinAgeMonths = venue.MinAgeMonths.ToString(CultureInfo.InvariantCulture), MaxAgeMonths = venue.MaxAgeMonths.ToString(CultureInfo.InvariantCulture),
            Latitude = venue.Latitude.ToString(CultureInfo.InvariantCulture), Longitude = venue.Longitude.ToString(CultureInfo.InvariantCulture),
            DescriptionNl = d.GetValueOrDefault("nl"), DescriptionFr = d.GetValueOrDefault("fr"), DescriptionEn = d.GetValueOrDefault("en"),
            AccessibilityNl = a.GetValueOrDefault("nl"), AccessibilityFr = a.GetValueOrDefault("fr"), AccessibilityEn = a.GetValueOrDefault("en"),
        };
    }

    public VenueEdit ToEdit() => new(
        Name, Address, Postcode, Municipality, Languages, MinAgeMonths, MaxAgeMonths, Latitude, Longitude,
        new Dictionary<string, string?>(StringComparer.Ordinal) { ["nl"] = DescriptionNl, ["fr"] = DescriptionFr, ["en"] = DescriptionEn },
        new Dictionary<string, string?>(StringComparer.Ordinal) { ["nl"] = AccessibilityNl, ["fr"] = AccessibilityFr, ["en"] = AccessibilityEn });
}
