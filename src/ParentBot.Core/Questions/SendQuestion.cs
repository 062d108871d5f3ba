using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Questions;

/// <summary>
/// <c>do: send-question</c>: stores what the parent typed in their thread with the organisation that answers
/// them (or in the thread they answer) and tells that organisation's linked staff on Telegram.
/// </summary>
public sealed class SendQuestion(QuestionRouting routing, QuestionStore questions, VenueStore places, QuestionNotifier notifier, TimeProvider time) : IFlowAction
{
    public string Name => "send-question";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var slots = context.Conversation.Slots;
        if (!slots.Remove(AskPersonSlots.Question, out var text) || string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidOperationException("send-question runs after the parent typed or confirmed a question");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var thread = slots.TryGetValue(AskPersonSlots.Thread, out var threadId)
            ? questions.AnswerFromParent(threadId, context.Chat, context.Language, text.Trim(), now)
            : null;
        if (thread is null)
        {
            // The flow only offers this when an organisation has staff; if the last account went since, the turn fails politely.
            var organisation = routing.For(context.Chat) ?? throw new InvalidOperationException("no organisation has staff to answer");
            thread = questions.AddFromParent(context.Chat, organisation.Id, context.Language, text.Trim(), now);
        }

        slots[AskPersonSlots.Organisation] = places.FindOrganisation(thread.Organisation)?.Name ?? thread.Organisation;
        notifier.ParentWrote(thread);
        return Task.CompletedTask;
    }
}
