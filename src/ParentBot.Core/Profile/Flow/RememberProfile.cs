using ParentBot.Core.Flows;

namespace ParentBot.Core.Profile.Flow;

/// <summary><c>do: profile-remember</c>: the parent said yes — what they answer next is kept on their record.</summary>
internal sealed class RememberProfile : IFlowAction
{
    public string Name => "profile-remember";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Conversation.Slots[ParentProfile.RememberSlot] = "yes";
        return Task.CompletedTask;
    }
}
