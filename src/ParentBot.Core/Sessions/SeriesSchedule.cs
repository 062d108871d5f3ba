using System.Globalization;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Sessions;

/// <summary>
/// The dates a series meets: its weekdays between first and last date, minus holidays; cancelled dates stay
/// in the list (marked) so parents can be told. Each start is the Brussels wall-clock time of that date.
/// </summary>
public static class SeriesSchedule
{
    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDateKey(string key, out DateOnly date) =>
        DateOnly.TryParseExact(key, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static TimeOnly ParseTime(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Occurrences whose date lies in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static IEnumerable<Occurrence> Between(SessionSeries series, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(series);
        var first = ParseDate(series.FirstDate);
        var last = ParseDate(series.LastDate);
        var start = ParseTime(series.Start);
        var end = ParseTime(series.End);
        var holidays = series.Holidays.ToHashSet(StringComparer.Ordinal);
        var cancelled = series.Cancelled.ToHashSet(StringComparer.Ordinal);
        for (var date = from > first ? from : first; date <= to && date <= last; date = date.AddDays(1))
        {
            var key = FormatDate(date);
            if (series.Days.Contains(date.DayOfWeek) && !holidays.Contains(key))
            {
                yield return new Occurrence(series.Id, date, BrusselsClock.AtLocal(date, start), BrusselsClock.AtLocal(date, end), cancelled.Contains(key));
            }
        }
    }

    /// <summary>The occurrence on <paramref name="date"/>, if the series meets then (cancelled or not).</summary>
    public static Occurrence? On(SessionSeries series, DateOnly date) => Between(series, date, date).FirstOrDefault();

    /// <summary>The next <paramref name="count"/> meetings that have not ended, cancelled ones included.</summary>
    public static IReadOnlyList<Occurrence> Upcoming(SessionSeries series, DateTimeOffset now, int count)
    {
        var today = DateOnly.FromDateTime(BrusselsClock.ToLocal(now).DateTime);
        return [.. Between(series, today, ParseDate(series.LastDate)).Where(o => o.EndUtc > now).Take(count)];
    }

    public static IReadOnlyList<ReminderLead> LeadsOf(SessionSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Reminders.Count == 0 ? ReminderLead.Defaults : [.. series.Reminders.Select(ReminderLead.Parse)];
    }
}
