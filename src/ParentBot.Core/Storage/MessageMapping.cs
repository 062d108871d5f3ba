using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Storage;

/// <summary>How a message's direction and buttons are stored, shared by every collection that keeps messages.</summary>
internal static class MessageMapping
{
    public static string ToStored(TextDirection direction) => direction == TextDirection.Rtl ? "rtl" : "ltr";

    public static TextDirection ToDirection(string stored) => stored == "rtl" ? TextDirection.Rtl : TextDirection.Ltr;

    public static List<List<ButtonDocument>> ToStored(IReadOnlyList<IReadOnlyList<OutboundButton>> buttons) =>
        [.. buttons.Select(row => row.Select(b => new ButtonDocument { Label = b.Label, Value = b.Value }).ToList())];

    public static AttachmentDocument? ToStored(MessageAttachment? attachment) => attachment is null
        ? null
        : new AttachmentDocument { Name = attachment.FileName, MediaType = attachment.MediaType, Content = attachment.Content.ToArray() };

    public static MessageAttachment? ToAttachment(AttachmentDocument? stored) =>
        stored is null ? null : new MessageAttachment(stored.Name, stored.MediaType, stored.Content);

    public static IReadOnlyList<IReadOnlyList<OutboundButton>> ToButtons(List<List<ButtonDocument>> stored) =>
        [.. stored.Select(row => (IReadOnlyList<OutboundButton>)[.. row.Select(b => new OutboundButton(b.Label, b.Value))])];
}
