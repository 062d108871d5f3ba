using System.Text.Json.Nodes;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ParentBot.Tests.Support;

/// <summary>Any call that reached the server, failed ones included.</summary>
/// <param name="Method">The method name as sent (e.g. <c>sendMessage</c>).</param>
/// <param name="Body">The JSON body; for multipart, a JSON rendering of the fields (files as name and length).</param>
/// <param name="ChatId">The numeric <c>chat_id</c> argument, if any.</param>
/// <param name="StatusCode">The HTTP status answered, equal to Telegram's <c>error_code</c> on failure.</param>
/// <param name="Description">The error description, or null on success.</param>
/// <param name="ReceivedAt">When the server received it, on the server's clock.</param>
public sealed record RecordedRequest(
    string Method,
    string Body,
    long? ChatId,
    int StatusCode,
    string? Description,
    DateTimeOffset ReceivedAt)
{
    public bool Succeeded => StatusCode == 200;

    /// <summary>The body parsed (the client escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and non-ASCII as <c>\uXXXX</c> in <see cref="Body"/>).</summary>
    public JsonObject BodyJson => JsonNode.Parse(Body) as JsonObject ?? [];
}

/// <summary>An <c>answerCallbackQuery</c> call.</summary>
public sealed record CallbackAnswer(
    string CallbackQueryId,
    string? Text,
    bool ShowAlert,
    string? Url,
    DateTimeOffset ReceivedAt);

/// <summary>A <c>setMyCommands</c> call, or a <c>deleteMyCommands</c> one (then <see cref="Commands"/> is empty).</summary>
/// <param name="Method"><c>setMyCommands</c> or <c>deleteMyCommands</c>.</param>
/// <param name="Commands">The commands set.</param>
/// <param name="LanguageCode">The <c>language_code</c>, or null for the default list.</param>
/// <param name="ScopeJson">The <c>scope</c> as JSON, or null for the default scope.</param>
/// <param name="ReceivedAt">When the server received it.</param>
public sealed record CommandSet(
    string Method,
    IReadOnlyList<BotCommand> Commands,
    string? LanguageCode,
    string? ScopeJson,
    DateTimeOffset ReceivedAt);

/// <summary>A delivered <c>sendDocument</c> call.</summary>
/// <param name="MessageId">The id of the message the server made for it.</param>
/// <param name="ChatId">The chat it was sent to.</param>
/// <param name="FileName">The uploaded file's name, or null when a file id or URL was sent.</param>
/// <param name="Caption">The caption, if any.</param>
/// <param name="Content">The uploaded bytes (empty when a file id or URL was sent).</param>
/// <param name="ContentType">The upload's content type, if any.</param>
/// <param name="FileReference">The file id or URL when no file was uploaded.</param>
/// <param name="ReceivedAt">When the server received it.</param>
public sealed record SentDocument(
    int MessageId,
    long ChatId,
    string? FileName,
    string? Caption,
    IReadOnlyList<byte> Content,
    string? ContentType,
    string? FileReference,
    DateTimeOffset ReceivedAt);

/// <summary>A delivered <c>editMessageText</c> or <c>editMessageReplyMarkup</c> call.</summary>
public sealed record EditedMessage(
    string Method,
    long? ChatId,
    int? MessageId,
    string? InlineMessageId,
    string? Text,
    ParseMode ParseMode,
    string? ReplyMarkupJson,
    DateTimeOffset ReceivedAt);

/// <summary>A <c>setWebhook</c> or <c>deleteWebhook</c> call.</summary>
/// <param name="Method"><c>setWebhook</c> or <c>deleteWebhook</c>.</param>
/// <param name="Url">The URL set (null for deleteWebhook).</param>
/// <param name="SecretToken">The <c>secret_token</c>, if any.</param>
/// <param name="AllowedUpdates">The <c>allowed_updates</c> as sent, or null.</param>
/// <param name="DropPendingUpdates">Whether pending updates were dropped.</param>
/// <param name="ReceivedAt">When the server received it.</param>
public sealed record WebhookChange(
    string Method,
    string? Url,
    string? SecretToken,
    IReadOnlyList<string>? AllowedUpdates,
    bool DropPendingUpdates,
    DateTimeOffset ReceivedAt);
