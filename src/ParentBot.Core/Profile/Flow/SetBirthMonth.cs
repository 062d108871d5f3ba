using ParentBot.Core.Activities.Flow;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Profile.Flow;

/// <summary><c>do: set-birth-month</c>: the month pressed becomes the child's birth month; the list starts again at its first page.</summary>
internal sealed class SetBirthMonth : IFlowAction
{
    public string Name => "set-birth-month";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Conversation.Slots.Remove(ProfileSlots.BirthYear);
        if (context.Conversation.Slots.Remove(ProfileSlots.BirthPick, out var picked) && BirthMonth.TryParse(picked, out var month))
        {
            ParentProfile.SetChildBirthMonth(context, month);
        }

        WhatsOnSlots.Restart(context);
        return Task.CompletedTask;
    }
}
