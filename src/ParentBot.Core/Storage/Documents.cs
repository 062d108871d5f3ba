namespace ParentBot.Core.Storage;

/// <summary>An update already handled, by platform key (e.g. <c>tg:81234</c>).</summary>
internal sealed class ProcessedUpdateDocument
{
    public string Id { get; set; } = string.Empty;

    public DateTime HandledUtc { get; set; }
}

/// <summary>A web chat session: an unguessable id and the next message number.</summary>
internal sealed class WebSessionDocument
{
    public string Id { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public long NextSeq { get; set; } = 1;
}

/// <summary>A message the bot sent to a web chat session, numbered so the page can fetch what came later.</summary>
internal sealed class WebMessageDocument
{
    public long Id { get; set; }

    public string SessionId { get; set; } = string.Empty;

    public long Seq { get; set; }

    public string Text { get; set; } = string.Empty;

    public string Direction { get; set; } = "ltr";

    public List<List<ButtonDocument>> Buttons { get; set; } = [];

    public string? Ref { get; set; }

    public AttachmentDocument? Attachment { get; set; }
}

/// <summary>A file stored with a message (web chat history, outbox).</summary>
internal sealed class AttachmentDocument
{
    public string Name { get; set; } = string.Empty;

    public string MediaType { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];
}

/// <summary>A button of a stored message (web chat history, outbox).</summary>
internal sealed class ButtonDocument
{
    public string Label { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
