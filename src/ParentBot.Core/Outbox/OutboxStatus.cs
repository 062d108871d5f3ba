namespace ParentBot.Core.Outbox;

/// <summary>Delivery status per recipient, as facilitators see it.</summary>
public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
    Unreachable,
}
