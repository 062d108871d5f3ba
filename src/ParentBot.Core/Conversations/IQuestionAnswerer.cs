using ParentBot.Core.Flows;

namespace ParentBot.Core.Conversations;

/// <summary>
/// Answers free text that is not a command and not the answer to a question the bot just asked
/// (DESIGN §3: such text is a question for the knowledge base).
/// </summary>
public interface IQuestionAnswerer
{
    Task AnswerAsync(FlowContext context, Replies replies, string question, CancellationToken cancellationToken);

    /// <summary>Shows one answer by id (a pressed <c>kb:&lt;id&gt;</c> button); false if there is no such answer.</summary>
    bool TryShowEntry(FlowContext context, Replies replies, string entryId);
}
