namespace ParentBot.Core.Conversations;

/// <summary>
/// A small file sent with a message, such as a visit's <c>.ics</c> calendar entry: Telegram sends it as a
/// document after the text, the web chat offers it as a download link for that session only. Files are kept in
/// the outbox and in web chat history, so only small ones belong here.
/// </summary>
public sealed record MessageAttachment(string FileName, string MediaType, ReadOnlyMemory<byte> Content);
