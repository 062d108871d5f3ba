using ParentBot.Core.Flows;

namespace ParentBot.Core.Sessions.Flow;

/// <summary><c>if: has-invited-name</c>: a personal invitation already carries the name, so the flow does not ask it.</summary>
internal sealed class HasInvitedName : IFlowGuard
{
    public string Name => "has-invited-name";

    public bool Allows(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Conversation.Slots.ContainsKey(JoinGroupPayload.InviteSlot);
    }
}
