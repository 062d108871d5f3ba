using Microsoft.Extensions.Logging;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Conversations;

/// <summary>
/// Handles one inbound message from any channel: in order per chat, once per update, with the turn run
/// on working copies that are saved only if the whole turn succeeds. This is the one error boundary of a
/// turn: whatever fails, the parent gets a polite answer in their language and nothing is half-saved.
/// </summary>
public sealed partial class ConversationEngine(
    ChatSerializer serializer,
    TurnStore store,
    TurnHandler handler,
    TimeProvider time,
    ILogger<ConversationEngine> logger)
{
    public Task<TurnResult> HandleAsync(InboundMessage message, CancellationToken cancellationToken) =>
        HandleAsync(message, deliver: null, cancellationToken);

    /// <summary>
    /// Handles <paramref name="message"/> and, still inside the chat's turn, hands the replies to
    /// <paramref name="deliver"/>, so a channel sends or stores them in the order the parent wrote.
    /// </summary>
    public async Task<TurnResult> HandleAsync(
        InboundMessage message, Func<TurnResult, CancellationToken, Task>? deliver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var lease = await serializer.EnterAsync(message.Chat, cancellationToken).ConfigureAwait(false);
        if (message.UpdateKey is { } key && store.WasHandled(key))
        {
            LogDuplicate(logger, message.Chat, key);
            return TurnResult.DuplicateUpdate;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var stored = store.FindParent(message.Chat);
        var parent = stored?.Copy() ?? new ParentRecord { Id = message.Chat.ToString(), Channel = message.Chat.Channel, CreatedUtc = now };
        var conversation = store.FindConversation(message.Chat)?.Copy() ?? new ConversationRecord { Id = message.Chat.ToString() };
        var context = new FlowContext(message.Chat, parent, conversation);
        var replies = handler.NewReplies(parent);
        try
        {
            await handler.HandleAsync(message, context, replies, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, ex, message.Chat, conversation.FlowId, conversation.State);
            var apology = new TurnResult(handler.Apology(stored), Duplicate: false, Failed: true);
            await DeliverAsync(deliver, apology, cancellationToken).ConfigureAwait(false);
            return apology;
        }

        if (!store.Commit(new TurnOutcome(message.Chat, parent, conversation, message.UpdateKey, context.ParentErased), now))
        {
            return TurnResult.DuplicateUpdate;
        }

        LogTurn(logger, message.Chat, message.Kind, conversation.FlowId, conversation.State, replies.Messages.Count);
        var result = new TurnResult(replies.Messages, Duplicate: false, Failed: false);
        await DeliverAsync(deliver, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static Task DeliverAsync(Func<TurnResult, CancellationToken, Task>? deliver, TurnResult result, CancellationToken cancellationToken) =>
        deliver is null ? Task.CompletedTask : deliver(result, cancellationToken);

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Turn in {Chat}: {Kind} → {FlowId}/{State}, {ReplyCount} replies")]
    private static partial void LogTurn(ILogger logger, ChatKey chat, InboundKind kind, string flowId, string state, int replyCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Update {UpdateKey} for {Chat} was already handled; skipped")]
    private static partial void LogDuplicate(ILogger logger, ChatKey chat, string updateKey);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Turn failed in {Chat} at {FlowId}/{State}; nothing saved")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, ChatKey chat, string flowId, string state);
}
