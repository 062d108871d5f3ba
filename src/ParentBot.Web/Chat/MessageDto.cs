using System.Globalization;
using System.Text.Json.Serialization;
using ParentBot.Core.Localization;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Chat;

/// <summary>
/// The web chat API's <c>Message</c> (DESIGN §3), exactly, plus an additive <c>attachment</c> when the message
/// carries a file (a visit's calendar entry).
/// </summary>
public sealed record MessageDto(
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("buttons")] IReadOnlyList<IReadOnlyList<ButtonDto>> Buttons,
    [property: JsonPropertyName("ref"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Ref,
    [property: JsonPropertyName("attachment"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AttachmentDto? Attachment)
{
    public static MessageDto From(string sessionId, StoredWebMessage stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var m = stored.Message;
        return new MessageDto(
            stored.Seq,
            m.Text,
            m.Direction == TextDirection.Rtl ? "rtl" : "ltr",
            [.. m.Buttons.Select(row => (IReadOnlyList<ButtonDto>)[.. row.Select(b => new ButtonDto(b.Label, b.Value))])],
            m.Ref,
            m.Attachment is { } file ? new AttachmentDto(file.FileName, AttachmentUrl(sessionId, stored.Seq)) : null);
    }

    /// <summary>Where the page downloads the file of message <paramref name="seq"/>; it serves that session only.</summary>
    public static string AttachmentUrl(string sessionId, long seq) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/chat/sessions/{Uri.EscapeDataString(sessionId)}/messages/{seq}/attachment");
}

/// <summary>A button of a web chat message: the label shown and the value to post back.</summary>
public sealed record ButtonDto(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value);

/// <summary>A file that goes with a message: its name and the URL that serves it.</summary>
public sealed record AttachmentDto(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("url")] string Url);
