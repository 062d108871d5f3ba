using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Profile.Flow;

/// <summary><c>fill: town-question</c>: when the town typed was not one we know, says so before asking again.</summary>
internal sealed class TownQuestion : IStateFiller
{
    public string Name => "town-question";

    public void Fill(FlowContext context, string language)
    {
    }

    public void SayBefore(FlowContext context, Replies replies)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        if (context.Conversation.Slots.Remove(ProfileSlots.TownText))
        {
            replies.Say("activities.town-unknown");
        }
    }
}
