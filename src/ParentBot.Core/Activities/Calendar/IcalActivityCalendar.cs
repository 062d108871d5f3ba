using ParentBot.Core.Calendar;
using ParentBot.Core.Conversations;
using ParentBot.Core.Places;

namespace ParentBot.Core.Activities.Calendar;

/// <summary>
/// The activity as an <see cref="IcsFile"/> entry. The uid is the activity and date, so adding the same date twice
/// updates one entry in the phone's calendar instead of making two.
/// </summary>
internal sealed class IcalActivityCalendar(ActivityTexts texts, TimeProvider time) : IActivityCalendar
{
    public MessageAttachment Make(ActivityOccurrence occurrence, string language)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var activity = occurrence.Activity;
        var day = ActivitySchedule.Format(occurrence.Date);
        var entry = new CalendarEntry(
            $"activity-{activity.Id}-{day}@parentbot",
            Sequence: 0,
            texts.Title(activity, language),
            LocalizedText.For(activity.Description, language),
            $"{occurrence.Venue.Name}, {occurrence.Venue.Address}",
            occurrence.Start,
            occurrence.End,
            time.GetUtcNow());
        return IcsFile.Attachment(entry, $"{activity.Id}-{day}.ics");
    }
}
