namespace ParentBot.Core.Conversations;

/// <summary>The outcome of one inbound message: the replies, or that it was a duplicate and nothing was done.</summary>
public sealed record TurnResult(IReadOnlyList<OutboundMessage> Replies, bool Duplicate, bool Failed)
{
    public static TurnResult DuplicateUpdate { get; } = new([], Duplicate: true, Failed: false);
}
