namespace ParentBot.Core.Activities;

/// <summary>
/// An open activity at a venue — a playgroup, baby massage, a parents' chat morning, a story hour, an outing —
/// once on <see cref="Date"/>, or weekly on <see cref="Weekdays"/> from <see cref="FirstDate"/> to
/// <see cref="LastDate"/>. Dates (<c>2026-11-24</c>) and times (<c>09:30</c>) are Europe/Brussels local, kept as
/// text so storage can never shift them a day.
/// </summary>
public sealed class Activity
{
    public string Id { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    /// <summary>The venue id; the place, map link and town come from the venue.</summary>
    public string Venue { get; set; } = string.Empty;

    /// <summary>The name on the poster at the door, shown beside every translation ("Speelgroep").</summary>
    public string DutchName { get; set; } = string.Empty;

    /// <summary>Title by language code.</summary>
    public Dictionary<string, string> Title { get; set; } = new(StringComparer.Ordinal);

    /// <summary>One or two short sentences by language code.</summary>
    public Dictionary<string, string> Description { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A one-off activity's date; null for a weekly one.</summary>
    public string? Date { get; set; }

    /// <summary>A weekly activity's days.</summary>
    public List<DayOfWeek> Weekdays { get; set; } = [];

    public string? FirstDate { get; set; }

    public string? LastDate { get; set; }

    /// <summary>Dates a weekly activity does not take place (school holidays).</summary>
    public List<string> Skipped { get; set; } = [];

    public string Start { get; set; } = "09:00";

    public string End { get; set; } = "10:00";

    public bool Free { get; set; } = true;

    /// <summary>What it costs when not free, as written on the poster ("€ 2 per family").</summary>
    public string? Price { get; set; }

    public ActivitySignUp SignUp { get; set; }

    /// <summary>Youngest child the activity is for, in months.</summary>
    public int MinAgeMonths { get; set; }

    /// <summary>Oldest child the activity is for, in months.</summary>
    public int MaxAgeMonths { get; set; } = 72;

    /// <summary>True for the demo activities loaded on a new database; each says so to the parent.</summary>
    public bool Demo { get; set; }
}
