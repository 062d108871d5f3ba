using ParentBot.Core.Flows;

namespace ParentBot.Core.Conversations;

/// <summary>
/// The honest answer to typed questions until the knowledge base exists: we cannot answer them yet,
/// here are the buttons.
/// </summary>
public sealed class ButtonsOnlyAnswerer(FlowRunner flows) : IQuestionAnswerer
{
    public Task AnswerAsync(FlowContext context, Replies replies, string question, CancellationToken cancellationToken)
    {
        replies.Say("soon.questions");
        flows.Enter(context, replies, FlowCatalog.MainMenu);
        return Task.CompletedTask;
    }
}
