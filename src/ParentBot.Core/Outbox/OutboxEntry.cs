using ParentBot.Core.Conversations;

namespace ParentBot.Core.Outbox;

/// <summary>
/// A message waiting for (or past) delivery. <paramref name="Key"/> is unique: enqueuing the same key again
/// (a reminder planned twice, a broadcast resumed after a crash) adds nothing.
/// </summary>
public sealed record OutboxEntry(
    string Key,
    ChatKey Chat,
    OutboundMessage Message,
    DateTimeOffset Due,
    string? Batch,
    OutboxStatus Status,
    int Attempts);
