using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Flow;

/// <summary>
/// <c>do: enrol</c>: puts the parent in the group, with the name they typed (at most 40 characters) or none.
/// If the last place went to someone else a moment ago, the flow says "full" instead of "joined".
/// </summary>
internal sealed class EnrolInGroup(SeriesStore series, EnrolmentStore enrolments, PersonalInviteStore invites, TimeProvider time) : IFlowAction
{
    private const int MaxNameLength = 40;

    public string Name => "enrol";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var slots = context.Conversation.Slots;
        if (slots.GetValueOrDefault(JoinGroupPayload.SeriesSlot) is not { } id || series.Find(id) is not { } group)
        {
            context.RedirectTo = "gone";
            return Task.CompletedTask;
        }

        var name = slots.GetValueOrDefault("name")?.Trim();
        name = string.IsNullOrEmpty(name) ? null : name[..Math.Min(name.Length, MaxNameLength)];
        if (enrolments.Enrol(group, context.Chat, name, time.GetUtcNow().UtcDateTime) == EnrolResult.Full)
        {
            // The transition chose "joined" from the guard; the store, counting inside its transaction, has the last word.
            context.RedirectTo = "full";
        }

        else if (slots.GetValueOrDefault(JoinGroupPayload.InviteSlot) is { } personal)
        {
            invites.Use(personal);
        }

        slots.Remove("name");
        slots.Remove(JoinGroupPayload.InviteSlot);
        return Task.CompletedTask;
    }
}
