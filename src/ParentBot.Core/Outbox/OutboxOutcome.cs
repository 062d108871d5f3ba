namespace ParentBot.Core.Outbox;

/// <summary>
/// What one delivery attempt made of an entry, as the outbox records it: <see cref="OutboxStatus.Sent"/> at
/// <paramref name="At"/>, a final <see cref="OutboxStatus.Failed"/> or <see cref="OutboxStatus.Unreachable"/>, or
/// still <see cref="OutboxStatus.Queued"/> for another try at <paramref name="RetryAt"/>. Every outcome counts as an attempt.
/// </summary>
public readonly record struct OutboxOutcome(string Key, OutboxStatus Status, DateTimeOffset At, DateTimeOffset? RetryAt = null);
