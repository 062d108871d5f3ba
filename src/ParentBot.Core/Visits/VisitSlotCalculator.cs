using System.Globalization;
using ParentBot.Core.Calendar;

namespace ParentBot.Core.Visits;

/// <summary>Turns a venue's <see cref="VisitSchedule"/> into the visit times of a period (whether booked or not).</summary>
public static class VisitSlotCalculator
{
    private const string TimeFormat = "HH:mm";
    private const string OneOffFormat = "yyyy-MM-dd HH:mm";

    public static IReadOnlyList<VisitSlot> Between(VisitSchedule schedule, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var closed = schedule.Closed.Select(ParseDay).OfType<DateOnly>().ToHashSet();
        var slots = new Dictionary<string, VisitSlot>(StringComparer.Ordinal);
        for (var day = BrusselsLocalTime.DayOf(from); day <= BrusselsLocalTime.DayOf(to); day = day.AddDays(1))
        {
            if (closed.Contains(day))
            {
                continue;
            }

            foreach (var hours in schedule.Weekly.Where(h => h.Day == day.DayOfWeek))
            {
                foreach (var slot in SlotsOf(schedule.Id, day, hours))
                {
                    slots[slot.Key] = slot;
                }
            }
        }

        foreach (var time in schedule.OneOff)
        {
            if (TryParseOneOff(time.Start, out var wall) && time.Minutes > 0 && time.Families > 0)
            {
                var slot = Slot(schedule.Id, wall, time.Minutes, time.Families);
                slots[slot.Key] = slot;
            }
        }

        return [.. slots.Values.Where(s => s.Start >= from && s.Start < to).OrderBy(s => s.Start)];
    }

    /// <summary>The visit time with this key, if the schedule has one.</summary>
    public static VisitSlot? Find(VisitSchedule schedule, string key)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!BrusselsLocalTime.TryParseKey(key, out var wall))
        {
            return null;
        }

        var dayStart = BrusselsLocalTime.ToInstant(wall.Date);
        return Between(schedule, dayStart, dayStart.AddDays(1)).FirstOrDefault(s => s.Key == key);
    }

    public static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool TryParseOneOff(string text, out DateTime wall) =>
        DateTime.TryParseExact(text, OneOffFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out wall);

    public static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static IEnumerable<VisitSlot> SlotsOf(string venueId, DateOnly day, WeeklyVisitHours hours)
    {
        if (!TryParseTime(hours.From, out var from) || !TryParseTime(hours.Until, out var until) || hours.Minutes <= 0 || hours.Families <= 0)
        {
            yield break;
        }

        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var last = (until.Hour * 60) + until.Minute;
        for (var minute = (from.Hour * 60) + from.Minute; minute + hours.Minutes <= last; minute += hours.Minutes)
        {
            yield return Slot(venueId, midnight.AddMinutes(minute), hours.Minutes, hours.Families);
        }
    }

    private static VisitSlot Slot(string venueId, DateTime wall, int minutes, int families) => new(
        venueId, BrusselsLocalTime.Key(wall), BrusselsLocalTime.ToInstant(wall), BrusselsLocalTime.ToInstant(wall.AddMinutes(minutes)), families);
}
