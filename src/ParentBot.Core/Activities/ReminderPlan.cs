namespace ParentBot.Core.Activities;

/// <summary>What "Remind me" did, and when the reminder is (or would have been) sent.</summary>
public readonly record struct ReminderPlan(ReminderOutcome Outcome, DateTimeOffset Due);

public enum ReminderOutcome
{
    Planned,

    /// <summary>The same reminder was planned before: nothing added.</summary>
    AlreadyPlanned,

    /// <summary>The evening before has passed: the activity is today or tomorrow.</summary>
    TooLate,
}
