using System.Globalization;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Calendar;

/// <summary>
/// Wall-clock times in Europe/Brussels (visit hours are written as "Wednesday 14:00") and the instants they
/// mean. The one policy for times that do not exist or exist twice lives here.
/// </summary>
public static class BrusselsLocalTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(BrusselsClock.ZoneId);

    /// <summary>
    /// The instant of a Brussels wall-clock time. Policy (NodaTime's "lenient"): a time skipped when summer
    /// time starts (02:30 on the last Sunday of March) moves forward by the gap; a time that happens twice
    /// when it ends (02:30 on the last Sunday of October) is the earlier of the two.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(wall))
        {
            wall = wall.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(wall) ? Zone.GetAmbiguousTimeOffsets(wall).Max() : Zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset);
    }

    /// <summary>The Brussels wall-clock time of an instant, without offset (for calendars and slot keys).</summary>
    public static DateTime ToWall(DateTimeOffset instant) => DateTime.SpecifyKind(BrusselsClock.ToLocal(instant).DateTime, DateTimeKind.Unspecified);

    /// <summary>The Brussels calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToWall(instant));

    /// <summary>A compact, sortable key for a wall-clock minute: <c>202611251400</c>.</summary>
    public static string Key(DateTime wall) => wall.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    public static bool TryParseKey(string key, out DateTime wall) =>
        DateTime.TryParseExact(key, "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out wall);

    /// <summary>
    /// <paramref name="days"/> working days (Monday to Friday) after <paramref name="start"/>, at the same time of
    /// day. Public holidays are not known here, so around them staff get a reminder a day early.
    /// </summary>
    public static DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        var wall = ToWall(start);
        for (var added = 0; added < days;)
        {
            wall = wall.AddDays(1);
            if (wall.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                added++;
            }
        }

        return ToInstant(wall);
    }
}
