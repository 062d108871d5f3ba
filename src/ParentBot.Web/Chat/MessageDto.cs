using System.Text.Json.Serialization;
using ParentBot.Core.Localization;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Chat;

/// <summary>The web chat API's <c>Message</c> (DESIGN §3), exactly.</summary>
public sealed record MessageDto(
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("buttons")] IReadOnlyList<IReadOnlyList<ButtonDto>> Buttons,
    [property: JsonPropertyName("ref"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Ref)
{
    public static MessageDto From(StoredWebMessage stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var m = stored.Message;
        return new MessageDto(
            stored.Seq,
            m.Text,
            m.Direction == TextDirection.Rtl ? "rtl" : "ltr",
            [.. m.Buttons.Select(row => (IReadOnlyList<ButtonDto>)[.. row.Select(b => new ButtonDto(b.Label, b.Value))])],
            m.Ref);
    }
}

/// <summary>A button of a web chat message: the label shown and the value to post back.</summary>
public sealed record ButtonDto(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value);
