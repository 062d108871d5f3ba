namespace ParentBot.Core.Storage;

/// <summary>Storage shape of an outbox entry; the id is the entry's unique key.</summary>
internal sealed class OutboxDocument
{
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
