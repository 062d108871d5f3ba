namespace ParentBot.Core.Visits;

/// <summary>
/// When a venue receives taster visits: weekly hours, minus closed days, plus one-off times staff add. Wall-clock
/// times in Europe/Brussels, written as people write them ("14:00", "2026-12-02 10:00").
/// </summary>
public sealed class VisitSchedule
{
    /// <summary>The venue's id: one schedule per venue.</summary>
    public string Id { get; set; } = string.Empty;

    public List<WeeklyVisitHours> Weekly { get; set; } = [];

    /// <summary>Days without weekly visit times (<c>2026-12-25</c>). One-off times on such a day still count: staff added them on purpose.</summary>
    public List<string> Closed { get; set; } = [];

    /// <summary>Why a closed day is closed (<c>2026-12-25</c> → "Christmas"), for staff only; a day may have none.</summary>
    public Dictionary<string, string> ClosedNotes { get; set; } = new(StringComparer.Ordinal);

    public List<OneOffVisitTime> OneOff { get; set; } = [];
}

/// <summary>e.g. Wednesday 14:00–16:00, visits of 30 minutes, 2 families each.</summary>
public sealed class WeeklyVisitHours
{
    public DayOfWeek Day { get; set; }

    /// <summary>"14:00".</summary>
    public string From { get; set; } = string.Empty;

    /// <summary>"16:00": the last visit ends by then.</summary>
    public string Until { get; set; } = string.Empty;

    public int Minutes { get; set; } = 30;

    /// <summary>How many families may come at the same time.</summary>
    public int Families { get; set; } = 1;
}

/// <summary>A single extra visit time, e.g. a Saturday morning for working parents.</summary>
public sealed class OneOffVisitTime
{
    /// <summary>"2026-12-05 10:00", Brussels time.</summary>
    public string Start { get; set; } = string.Empty;

    public int Minutes { get; set; } = 30;

    public int Families { get; set; } = 1;
}
