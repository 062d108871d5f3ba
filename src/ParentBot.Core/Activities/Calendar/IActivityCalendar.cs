using ParentBot.Core.Conversations;

namespace ParentBot.Core.Activities.Calendar;

/// <summary>
/// "Add to my calendar": one date of an activity as a calendar file, in the parent's language, at its local
/// Brussels time (the file carries the Europe/Brussels time zone, so phones elsewhere show it right too).
/// </summary>
public interface IActivityCalendar
{
    MessageAttachment Make(ActivityOccurrence occurrence, string language);
}
