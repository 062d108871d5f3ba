using ParentBot.Core.Outbox;

namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>
/// One parent's delivery, labelled by the name they gave the group or their place in it ("parent 3"), with the
/// language it was written in (null for a parent who left the group since).
/// </summary>
public sealed record RecipientStatus(string? Name, int Number, OutboxStatus Status, string? Language = null);

/// <summary>How far a broadcast got: counts per status and every recipient.</summary>
public sealed record BroadcastStatus(Broadcast Broadcast, IReadOnlyList<RecipientStatus> Recipients)
{
    public int Count(OutboxStatus status) => Recipients.Count(r => r.Status == status);
}
