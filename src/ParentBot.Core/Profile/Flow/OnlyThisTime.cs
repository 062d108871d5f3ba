using ParentBot.Core.Flows;

namespace ParentBot.Core.Profile.Flow;

/// <summary>
/// <c>do: profile-once</c>: the parent said "only this time". Their answers stay in this flow's slots, and
/// anything an earlier, unfinished "yes" kept is let go too.
/// </summary>
internal sealed class OnlyThisTime : IFlowAction
{
    public string Name => "profile-once";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Conversation.Slots.Remove(ParentProfile.RememberSlot);
        context.Parent.Town = null;
        context.Parent.ChildBirthMonth = null;
        return Task.CompletedTask;
    }
}
