namespace ParentBot.Core.Places;

/// <summary>
/// A childcare, preschool or family centre. Texts shown to parents come per language from data (machine
/// translations say so in the data); the Dutch name is always shown beside them.
/// </summary>
public sealed class Venue
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The name as written on the door (usually Dutch).</summary>
    public string Name { get; set; } = string.Empty;

    public VenueType Type { get; set; }

    public string Organisation { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public string Postcode { get; set; } = string.Empty;

    public string Municipality { get; set; } = string.Empty;

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>Language codes the staff speak.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Youngest age accepted, in months (preschool: 30).</summary>
    public int MinAgeMonths { get; set; }

    /// <summary>Oldest age accepted, in months.</summary>
    public int MaxAgeMonths { get; set; } = 72;

    /// <summary>Short description by language code.</summary>
    public Dictionary<string, string> Description { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Accessibility notes by language code (e.g. step-free entrance, pram parking).</summary>
    public Dictionary<string, string> Accessibility { get; set; } = new(StringComparer.Ordinal);

    /// <summary>True for the demo venues loaded on a new database; they say so to everyone who sees them.</summary>
    public bool Demo { get; set; }

    /// <summary>An OpenStreetMap link that opens the place on any phone, no app or account needed.</summary>
    public string MapLink => MapLinks.For(Latitude, Longitude);
}
