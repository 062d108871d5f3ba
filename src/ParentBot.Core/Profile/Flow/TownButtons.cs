using ParentBot.Core.Activities;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Profile.Flow;

/// <summary><c>buttons-from: towns</c>: one button per town where something is on; any other town can be typed.</summary>
internal sealed class TownButtons(ActivityFinder finder) : IButtonSource
{
    public string Name => "towns";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language) =>
        [.. finder.TownsWithActivities()
            .Select(t => new OutboundButton("📍 " + t.Name, ButtonValue.ForPick(context.Conversation, t.Id)))
            .Chunk(2)
            .Select(row => (IReadOnlyList<OutboundButton>)row)];
}
