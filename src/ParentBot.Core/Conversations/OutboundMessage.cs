using ParentBot.Core.Localization;

namespace ParentBot.Core.Conversations;

/// <summary>
/// One message for a parent, ready for any channel to render: plain text (never HTML), its writing
/// direction, rows of buttons, and <paramref name="Ref"/> naming what it is (<c>flow:main-menu/menu</c>,
/// <c>text:common.unsupported</c>, <c>kb:&lt;entry-id&gt;</c>), and optionally a small file to go with it.
/// </summary>
public sealed record OutboundMessage(
    string Text,
    TextDirection Direction,
    IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons,
    string? Ref,
    MessageAttachment? Attachment = null);

/// <summary>A button: the label shown and the value sent back when pressed (an id, at most 64 bytes).</summary>
public sealed record OutboundButton(string Label, string Value);
