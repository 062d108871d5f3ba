using ParentBot.Core.Conversations;

namespace ParentBot.Core.Storage;

/// <summary>
/// Web chat sessions and every message the bot sent to them, numbered per session, so the page can
/// ask for what came later (reminders, staff answers) with <c>?after=seq</c>.
/// </summary>
public sealed class WebChatStore(ParentBotDatabase database)
{
    public void CreateSession(string sessionId, DateTime createdUtc) => database.Write(db =>
        db.GetCollection<WebSessionDocument>(Collections.WebSessions)
            .Insert(new WebSessionDocument { Id = sessionId, CreatedUtc = createdUtc }));

    public bool SessionExists(string sessionId) =>
        database.Collection<WebSessionDocument>(Collections.WebSessions).Exists(s => s.Id == sessionId);

    /// <summary>Stores messages in order and gives each the next number of its session.</summary>
    public IReadOnlyList<StoredWebMessage> Append(string sessionId, IEnumerable<OutboundMessage> messages) => database.Write(db =>
    {
        var sessions = db.GetCollection<WebSessionDocument>(Collections.WebSessions);
        var session = sessions.FindById(sessionId) ?? throw new InvalidOperationException("unknown web session");
        var stored = new List<StoredWebMessage>();
        var docs = db.GetCollection<WebMessageDocument>(Collections.WebMessages);
        foreach (var message in messages)
        {
            var seq = session.NextSeq++;
            docs.Insert(ToDocument(sessionId, seq, message));
            stored.Add(new StoredWebMessage(seq, message));
        }

        sessions.Update(session);
        return (IReadOnlyList<StoredWebMessage>)stored;
    });

    public IReadOnlyList<StoredWebMessage> After(string sessionId, long afterSeq) =>
        [.. database.Collection<WebMessageDocument>(Collections.WebMessages)
            .Find(m => m.SessionId == sessionId && m.Seq > afterSeq)
            .OrderBy(m => m.Seq)
            .Select(d => new StoredWebMessage(d.Seq, FromDocument(d)))];

    /// <summary>The file of message <paramref name="seq"/> of this session only; null for another session's message or none.</summary>
    public MessageAttachment? FindAttachment(string sessionId, long seq) =>
        MessageMapping.ToAttachment(database.Collection<WebMessageDocument>(Collections.WebMessages)
            .FindOne(m => m.SessionId == sessionId && m.Seq == seq)?.Attachment);

    private static WebMessageDocument ToDocument(string sessionId, long seq, OutboundMessage message) => new()
    {
        SessionId = sessionId,
        Seq = seq,
        Text = message.Text,
        Direction = MessageMapping.ToStored(message.Direction),
        Ref = message.Ref,
        Buttons = MessageMapping.ToStored(message.Buttons),
        Attachment = MessageMapping.ToStored(message.Attachment),
    };

    private static OutboundMessage FromDocument(WebMessageDocument doc) =>
        new(doc.Text, MessageMapping.ToDirection(doc.Direction), MessageMapping.ToButtons(doc.Buttons), doc.Ref, MessageMapping.ToAttachment(doc.Attachment));
}

/// <summary>A web chat message with its number in the session.</summary>
public sealed record StoredWebMessage(long Seq, OutboundMessage Message);
