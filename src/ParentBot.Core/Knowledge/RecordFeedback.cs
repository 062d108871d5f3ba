using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Knowledge;

/// <summary><c>record-helpful</c> / <c>record-not-helpful</c>: stores the parent's "Did this help?" with the question they typed.</summary>
public sealed class RecordFeedback(KnowledgeFeedbackStore store, TimeProvider time, bool helpful) : IFlowAction
{
    public string Name => helpful ? "record-helpful" : "record-not-helpful";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var slots = context.Conversation.Slots;
        slots.TryGetValue(KnowledgeAnswerer.QuestionSlot, out var question);
        slots.TryGetValue(KnowledgeAnswerer.EntrySlot, out var entry);
        store.Add(context.Chat, context.Language, question, entry, helpful, time.GetUtcNow().UtcDateTime);
        slots.Remove(KnowledgeAnswerer.QuestionSlot);
        return Task.CompletedTask;
    }
}
