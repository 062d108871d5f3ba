namespace ParentBot.Core.Storage;

/// <summary>Storage shape of an outbox entry; the id is the entry's unique key.</summary>
internal sealed class OutboxDocument
{
    public const string QueueIndex = "queue";

    /// <summary>
    /// The queue index: a queued entry's next attempt, nothing for the others. Reading it in order gives the due
    /// entries oldest first without touching the sent ones; entries with the same time keep the order they entered it.
    /// </summary>
    public const string QueueExpression = "IIF($.Status = 'Queued', $.NextAttemptUtc, null)";

    public string Id { get; set; } = string.Empty;

    public string Chat { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string Direction { get; set; } = "ltr";

    public List<List<ButtonDocument>> Buttons { get; set; } = [];

    public string? Ref { get; set; }

    public AttachmentDocument? Attachment { get; set; }

    public DateTime DueUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public string? Batch { get; set; }

    public string Status { get; set; } = "Queued";

    public int Attempts { get; set; }

    public DateTime? SentUtc { get; set; }
}
