using System.Globalization;
using ParentBot.Core.Activities.Calendar;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Activities;

/// <summary>
/// "Remind me" (<c>act:r:&lt;activity&gt;:&lt;yyyyMMdd&gt;</c>) and "Add to my calendar" (<c>act:c:…</c>) under each
/// activity. They may be pressed days later, so the activity and date are looked up again: an unknown activity
/// or a date it does not take place is stale (a forged value), a date that has begun is answered plainly.
/// </summary>
internal sealed class ActivityButtons(
    ActivityFinder finder, ActivityReminders reminders, ActivityTexts texts, IActivityCalendar calendar, Localizer localizer, TimeProvider time)
    : IButtonHandler
{
    private const string Remind = "r";
    private const string Calendar = "c";
    private const string DateFormat = "yyyyMMdd";

    public string Prefix => "act:";

    /// <summary>Longest activity id that keeps the button values within Telegram's 64 bytes.</summary>
    public const int MaxActivityIdBytes = 40;

    public static IReadOnlyList<IReadOnlyList<OutboundButton>> For(ActivityOccurrence occurrence, Replies replies)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(replies);
        return
        [
            [
                new OutboundButton(replies.Label("activities.remind"), Value(Remind, occurrence)),
                new OutboundButton(replies.Label("activities.calendar"), Value(Calendar, occurrence)),
            ],
        ];
    }

    public Task<bool> HandleAsync(string value, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        var parts = value[Prefix.Length..].Split(':');
        if (parts is not [var kind and (Remind or Calendar), var id, var day]
            || !DateOnly.TryParseExact(day, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || finder.Find(id, date) is not { } occurrence)
        {
            return Task.FromResult(false);
        }

        if (occurrence.Start <= time.GetUtcNow())
        {
            replies.Say("activities.past");
        }
        else if (kind == Remind)
        {
            SayReminder(reminders.Plan(context.Chat, occurrence, replies.Language), replies);
        }
        else
        {
            // The file for phones that open it; the same details as text beside it, for those that cannot.
            replies.Add(new OutboundMessage(
                texts.ForCalendar(occurrence, replies.Language),
                localizer.DirectionOf(replies.Language),
                [],
                "activity-calendar:" + occurrence.Activity.Id,
                calendar.Make(occurrence, replies.Language)));
        }

        return Task.FromResult(true);
    }

    private void SayReminder(ReminderPlan plan, Replies replies)
    {
        if (plan.Outcome == ReminderOutcome.TooLate)
        {
            replies.Say("activities.remind-too-late");
            return;
        }

        replies.Say(plan.Outcome == ReminderOutcome.Planned ? "activities.remind-set" : "activities.remind-already",
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["date"] = localizer.Date(replies.Language, plan.Due),
                ["time"] = localizer.Time(replies.Language, plan.Due),
            });
    }

    private static string Value(string kind, ActivityOccurrence occurrence) =>
        $"act:{kind}:{occurrence.Activity.Id}:{occurrence.Date.ToString(DateFormat, CultureInfo.InvariantCulture)}";
}
