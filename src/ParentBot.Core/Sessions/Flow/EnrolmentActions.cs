using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Flow;

/// <summary><c>do: mute-reminders</c> / <c>do: unmute-reminders</c> on the group in the <c>series</c> slot.</summary>
internal sealed class SetReminders(EnrolmentStore enrolments, bool muted) : IFlowAction
{
    public string Name => muted ? "mute-reminders" : "unmute-reminders";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Conversation.Slots.GetValueOrDefault(JoinGroupPayload.SeriesSlot) is { } id)
        {
            enrolments.SetMuted(id, context.Chat, muted);
        }

        return Task.CompletedTask;
    }
}

/// <summary><c>do: leave-group</c>: the parent leaves; their enrolment and answers for that group are erased.</summary>
internal sealed class LeaveGroup(EnrolmentStore enrolments) : IFlowAction
{
    public string Name => "leave-group";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Conversation.Slots.GetValueOrDefault(JoinGroupPayload.SeriesSlot) is { } id)
        {
            enrolments.Leave(id, context.Chat);
        }

        return Task.CompletedTask;
    }
}
