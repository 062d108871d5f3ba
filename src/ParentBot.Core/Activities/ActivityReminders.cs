using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Activities;

/// <summary>
/// "Remind me": one reminder the day before at 18:00 Brussels time, through the outbox. The outbox key names
/// the activity's town, activity, date and chat, so pressing twice adds one, and moving away from a town takes
/// back that town's reminders that are still waiting.
/// </summary>
public sealed class ActivityReminders(OutboxWriter outbox, OutboxStore store, ActivityTexts texts, Localizer localizer, TimeProvider time)
{
    public static readonly TimeOnly SendAt = new(18, 0);

    private const string Prefix = "activity-reminder:";

    public static string KeyPrefix(string town) => $"{Prefix}{town}:";

    public static string Key(ActivityOccurrence occurrence, ChatKey chat)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return $"{KeyPrefix(occurrence.Town)}{occurrence.Activity.Id}:{ActivitySchedule.Format(occurrence.Date)}:{chat}";
    }

    public static DateTimeOffset DueFor(ActivityOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return ActivitySchedule.At(occurrence.Date.AddDays(-1), SendAt);
    }

    public ReminderPlan Plan(ChatKey chat, ActivityOccurrence occurrence, string language)
    {
        var due = DueFor(occurrence);
        if (due <= time.GetUtcNow())
        {
            return new ReminderPlan(ReminderOutcome.TooLate, due);
        }

        var message = new OutboundMessage(texts.Reminder(occurrence, language), localizer.DirectionOf(language), [], "notice:activity-reminder:" + occurrence.Activity.Id);
        return outbox.Enqueue(chat, message, Key(occurrence, chat), due)
            ? new ReminderPlan(ReminderOutcome.Planned, due)
            : new ReminderPlan(ReminderOutcome.AlreadyPlanned, due);
    }

    /// <summary>Takes back the reminders still waiting for activities in <paramref name="town"/>; sent ones stay.</summary>
    public int CancelTown(ChatKey chat, string town) => store.RemoveQueued(chat, KeyPrefix(town));

    /// <summary>How many activity reminders are still waiting for this chat (for /mydata).</summary>
    public int Waiting(ChatKey chat) => store.QueuedKeys(chat, Prefix).Count;
}
