using ParentBot.Core.Conversations;

namespace ParentBot.Tests.Support;

/// <summary>Finding buttons and messages in replies by what they are, not by position.</summary>
public static class MessageAssertions
{
    public static OutboundButton Button(this IReadOnlyList<OutboundMessage> replies, string valueEndsWith) =>
        replies.SelectMany(m => m.Buttons).SelectMany(r => r).Single(b => b.Value.EndsWith(valueEndsWith, StringComparison.Ordinal));

    public static IEnumerable<OutboundButton> AllButtons(this IReadOnlyList<OutboundMessage> replies) =>
        replies.SelectMany(m => m.Buttons).SelectMany(r => r);

    public static IReadOnlyList<string?> Refs(this IReadOnlyList<OutboundMessage> replies) => [.. replies.Select(m => m.Ref)];
}
