using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Flow;

/// <summary><c>if: group-has-room</c>: the group has a free place, or the parent is in it already.</summary>
internal sealed class GroupHasRoom(SeriesStore series, EnrolmentStore enrolments) : IFlowGuard
{
    public string Name => "group-has-room";

    public bool Allows(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Conversation.Slots.GetValueOrDefault(JoinGroupPayload.SeriesSlot) is { } id && series.Find(id) is { } group
            && (enrolments.Find(id, context.Chat) is not null || enrolments.OfSeries(id).Count < group.Capacity);
    }
}
