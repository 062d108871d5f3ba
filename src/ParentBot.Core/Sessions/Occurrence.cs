namespace ParentBot.Core.Sessions;

/// <summary>One meeting of a series on one date, with its start and end as instants.</summary>
public sealed record Occurrence(string SeriesId, DateOnly Date, DateTimeOffset StartUtc, DateTimeOffset EndUtc, bool Cancelled)
{
    /// <summary><c>yyyyMMdd</c>: the date in buttons and outbox keys.</summary>
    public string DateKey => Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
