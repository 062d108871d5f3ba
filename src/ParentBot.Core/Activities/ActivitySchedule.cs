using System.Globalization;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Activities;

/// <summary>
/// When an activity takes place: its dates between two days, and the instant a local Brussels date and time
/// stand for — so 10:00 stays 10:00 on the clock after the change to summer time.
/// </summary>
public static class ActivitySchedule
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "HH:mm";
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById(BrusselsClock.ZoneId);

    /// <summary>The activity's dates from <paramref name="from"/> up to, not including, <paramref name="until"/>.</summary>
    public static IEnumerable<DateOnly> DatesBetween(Activity activity, DateOnly from, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(activity);
        for (var day = from; day < until; day = day.AddDays(1))
        {
            if (OccursOn(activity, day))
            {
                yield return day;
            }
        }
    }

    public static bool OccursOn(Activity activity, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Date is { } once)
        {
            return ParseDate(once) == date;
        }

        return activity.Weekdays.Contains(date.DayOfWeek)
            && (activity.FirstDate is null || ParseDate(activity.FirstDate) <= date)
            && (activity.LastDate is null || date <= ParseDate(activity.LastDate))
            && !activity.Skipped.Contains(Format(date), StringComparer.Ordinal);
    }

    public static DateTimeOffset StartOf(Activity activity, DateOnly date) => At(date, ParseTime(activity.Start));

    public static DateTimeOffset EndOf(Activity activity, DateOnly date) => At(date, ParseTime(activity.End));

    /// <summary>The instant of a Brussels wall-clock time; a time skipped by the spring change counts as one hour later.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Brussels.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Brussels), TimeSpan.Zero);
    }

    /// <summary>The Brussels calendar day of an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(BrusselsClock.ToLocal(instant).DateTime);

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static DateOnly ParseDate(string text) => TryParseDate(text, out var date) ? date : throw new FormatException($"not a date: {text}");

    private static TimeOnly ParseTime(string text) => TryParseTime(text, out var time) ? time : throw new FormatException($"not a time: {text}");
}
