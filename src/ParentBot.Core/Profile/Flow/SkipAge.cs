using ParentBot.Core.Activities.Flow;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Profile.Flow;

/// <summary><c>do: skip-age</c>: no birth month — the list shows activities for every age (and a kept one is let go).</summary>
internal sealed class SkipAge : IFlowAction
{
    public string Name => "skip-age";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Conversation.Slots.Remove(ProfileSlots.BirthYear);
        ParentProfile.SetChildBirthMonth(context, null);
        WhatsOnSlots.Restart(context);
        return Task.CompletedTask;
    }
}
