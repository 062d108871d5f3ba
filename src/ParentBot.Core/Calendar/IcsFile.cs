using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Calendar;

/// <summary>
/// An <c>.ics</c> file (iCalendar) for one appointment, in Brussels local time with the zone's VTIMEZONE written
/// out, so phone calendars show the right hour also across summer time.
/// </summary>
public static class IcsFile
{
    public const string MediaType = "text/calendar";

    public static MessageAttachment Attachment(CalendarEntry entry, string fileName) =>
        new(fileName, MediaType, Encoding.UTF8.GetBytes(Write(entry)));

    public static string Write(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var calendar = new Ical.Net.Calendar();
        calendar.AddTimeZone(BrusselsClock.ZoneId);
        calendar.Events.Add(new CalendarEvent
        {
            Uid = entry.Uid,
            Sequence = entry.Sequence,
            Summary = entry.Summary,
            Description = entry.Description,
            Location = entry.Location,
            DtStart = new CalDateTime(BrusselsLocalTime.ToWall(entry.Start), BrusselsClock.ZoneId),
            DtEnd = new CalDateTime(BrusselsLocalTime.ToWall(entry.End), BrusselsClock.ZoneId),

            // Stamped from the injected clock; Ical.Net would otherwise read the wall clock.
            DtStamp = new CalDateTime(entry.Stamp.UtcDateTime),
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
