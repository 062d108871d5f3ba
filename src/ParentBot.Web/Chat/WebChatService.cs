using System.Security.Cryptography;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Chat;

/// <summary>
/// The web chat channel: sessions with unguessable ids, each parent input run through the same engine
/// as Telegram, and every reply stored with its number (inside the chat's turn, so order holds).
/// </summary>
public sealed class WebChatService(ConversationEngine engine, WebChatStore store, TimeProvider time)
{
    public async Task<(string SessionId, IReadOnlyList<StoredWebMessage> Messages)> StartAsync(string? language, CancellationToken cancellationToken)
    {
        var sessionId = Base64Url(RandomNumberGenerator.GetBytes(16));
        store.CreateSession(sessionId, time.GetUtcNow().UtcDateTime);
        var chat = ChatKey.ForWeb(sessionId);
        var first = language is null
            ? new InboundMessage(chat, InboundKind.Text, "/start")
            : new InboundMessage(chat, InboundKind.Button, ButtonValue.ForLanguage(language));
        return (sessionId, await RunAsync(first, cancellationToken).ConfigureAwait(false));
    }

    public bool Exists(string sessionId) => store.SessionExists(sessionId);

    public Task<IReadOnlyList<StoredWebMessage>> SendAsync(string sessionId, InboundKind kind, string value, CancellationToken cancellationToken) =>
        RunAsync(new InboundMessage(ChatKey.ForWeb(sessionId), kind, value), cancellationToken);

    public IReadOnlyList<StoredWebMessage> After(string sessionId, long after) => store.After(sessionId, after);

    public MessageAttachment? Attachment(string sessionId, long seq) => store.FindAttachment(sessionId, seq);

    private async Task<IReadOnlyList<StoredWebMessage>> RunAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        IReadOnlyList<StoredWebMessage> stored = [];
        await engine.HandleAsync(message, (result, _) =>
        {
            stored = store.Append(message.Chat.Id, result.Replies);
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
