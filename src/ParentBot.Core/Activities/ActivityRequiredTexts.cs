using ParentBot.Core.Dialogs;

namespace ParentBot.Core.Activities;

/// <summary>Text keys the activities and profile code says directly (not through whats-on.yaml).</summary>
internal sealed class ActivityRequiredTexts : IRequiredTexts
{
    public IEnumerable<string> Keys =>
    [
        .. ActivityTexts.Keys,
        "activities.header", "activities.header-age", "activities.none", "activities.nearest", "activities.everyone-welcome",
        "activities.reminders-cancelled", "activities.remembered", "activities.town-unknown", "activities.more", "activities.nearest-town",
        "activities.remind", "activities.calendar", "activities.remind-set", "activities.remind-already", "activities.remind-too-late",
        "activities.past", "activities.mydata-town", "activities.mydata-birth", "activities.mydata-reminders",
    ];
}
