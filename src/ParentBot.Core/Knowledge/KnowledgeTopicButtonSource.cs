using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Knowledge;

/// <summary><c>buttons-from: knowledge:&lt;topic&gt;</c>: one button per entry of the topic, then the menu button.</summary>
public sealed class KnowledgeTopicButtonSource(KnowledgeBase knowledge) : IButtonSource
{
    public string Name => "knowledge";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        var topics = (argument ?? string.Empty).Split('+');
        return [.. knowledge.Entries.Where(e => topics.Contains(e.Topic, StringComparer.Ordinal))
            .Select(e => (IReadOnlyList<OutboundButton>)[KnowledgeAnswerer.EntryButton(e, language)])];
    }
}
