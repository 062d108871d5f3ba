namespace ParentBot.Core.Conversations;

/// <summary>
/// One normalized message from any channel. <paramref name="UpdateKey"/> identifies a platform update
/// (e.g. <c>tg:81234</c>) so a redelivered update is handled once, also after a restart.
/// <paramref name="LanguageHint"/> is the platform's guess of the parent's language (Telegram's language_code).
/// </summary>
public sealed record InboundMessage(
    ChatKey Chat,
    InboundKind Kind,
    string? Text = null,
    string? UpdateKey = null,
    string? LanguageHint = null);
