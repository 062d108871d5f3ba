using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ParentBot.Core.Localization;
using ParentBot.Core.Places;

namespace ParentBot.Core.Activities.Calendar;

/// <summary>The calendar file made with Ical.Net: one event, with a VTIMEZONE for Europe/Brussels (Ical.Net adds none by itself).</summary>
internal sealed class IcalActivityCalendar(ActivityTexts texts) : IActivityCalendar
{
    public CalendarFile Make(ActivityOccurrence occurrence, string language)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var calendar = new Ical.Net.Calendar();
        calendar.AddTimeZone(BrusselsClock.ZoneId);
        var activity = occurrence.Activity;
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"activity-{activity.Id}-{ActivitySchedule.Format(occurrence.Date)}@parentbot",
            Summary = texts.Title(activity, language),
            Description = LocalizedText.For(activity.Description, language),
            Location = $"{occurrence.Venue.Name}, {occurrence.Venue.Address}",
            Start = Local(occurrence.Date, activity.Start),
            End = Local(occurrence.Date, activity.End),
        });
        var ics = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new CalendarFile($"{activity.Id}-{ActivitySchedule.Format(occurrence.Date)}.ics", "text/calendar", Encoding.UTF8.GetBytes(ics));
    }

    private static CalDateTime Local(DateOnly date, string time) =>
        ActivitySchedule.TryParseTime(time, out var at)
            ? new CalDateTime(date.ToDateTime(at, DateTimeKind.Unspecified), BrusselsClock.ZoneId)
            : throw new FormatException($"not a time: {time}");
}
