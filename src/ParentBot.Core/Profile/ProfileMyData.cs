using System.Globalization;
using ParentBot.Core.Activities;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Places;

namespace ParentBot.Core.Profile;

/// <summary>/mydata: the town and child's birth month we keep (only with consent), and the activity reminders still waiting.</summary>
internal sealed class ProfileMyData(MunicipalityCatalog towns, ActivityReminders reminders) : IMyDataSection
{
    public void Say(FlowContext context, Replies replies)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        if (context.Parent.Town is { } town)
        {
            replies.Say("activities.mydata-town", Values("town", towns.Get(town)?.Name ?? town));
        }

        if (BirthMonth.TryParse(context.Parent.ChildBirthMonth, out var month))
        {
            replies.Say("activities.mydata-birth", Values("month", month.Display(replies.Localizer.CultureOf(replies.Language))));
        }

        var waiting = reminders.Waiting(context.Chat);
        if (waiting > 0)
        {
            replies.Say("activities.mydata-reminders", Values("count", waiting.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static Dictionary<string, string> Values(string key, string value) => new(StringComparer.Ordinal) { [key] = value };
}
