namespace ParentBot.Core.Sessions.Editing;

/// <summary>
/// A group as a facilitator fills it in on the console, before it is checked: times and dates as typed
/// (<c>HH:mm</c>, <c>yyyy-MM-dd</c>, Brussels wall-clock), reminder leads in <see cref="ReminderLead"/>'s notation.
/// </summary>
public sealed record SeriesInput
{
    public string Name { get; init; } = string.Empty;

    public string VenueId { get; init; } = string.Empty;

    public IReadOnlyList<string> Facilitators { get; init; } = [];

    public IReadOnlyList<DayOfWeek> Days { get; init; } = [];

    public string Start { get; init; } = string.Empty;

    public string End { get; init; } = string.Empty;

    public string FirstDate { get; init; } = string.Empty;

    public string LastDate { get; init; } = string.Empty;

    /// <summary>Days without a meeting known in advance (school holidays), <c>yyyy-MM-dd</c>; parents get no reminder for them.</summary>
    public IReadOnlyList<string> Holidays { get; init; } = [];

    public int? Capacity { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>What to bring, per language code; empty texts are dropped.</summary>
    public IReadOnlyDictionary<string, string> Bring { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyList<string> Reminders { get; init; } = [];

    /// <summary>The form filled with a stored group, to edit it.</summary>
    public static SeriesInput From(SessionSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new SeriesInput
        {
            Name = series.Name,
            VenueId = series.VenueId,
            Facilitators = [.. series.Facilitators],
            Days = [.. series.Days],
            Start = series.Start,
            End = series.End,
            FirstDate = series.FirstDate,
            LastDate = series.LastDate,
            Holidays = [.. series.Holidays],
            Capacity = series.Capacity,
            Languages = [.. series.Languages],
            Bring = new Dictionary<string, string>(series.Bring, StringComparer.Ordinal),
            Reminders = series.Reminders.Count == 0 ? [.. ReminderLead.Defaults.Select(l => l.Id)] : [.. series.Reminders],
        };
    }
}
