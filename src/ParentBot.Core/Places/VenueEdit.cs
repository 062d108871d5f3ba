namespace ParentBot.Core.Places;

/// <summary>
/// A venue's data as staff typed it in the console form, every field as text so that <see cref="VenueEditor"/>
/// can say exactly what is wrong. Descriptions and accessibility notes come per staff language (nl, fr, en).
/// </summary>
public sealed record VenueEdit(
    string? Name,
    string? Address,
    string? Postcode,
    string? Municipality,
    IReadOnlyList<string> Languages,
    string? MinAgeMonths,
    string? MaxAgeMonths,
    string? Latitude,
    string? Longitude,
    IReadOnlyDictionary<string, string?> Description,
    IReadOnlyDictionary<string, string?> Accessibility);
