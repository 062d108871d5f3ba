using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Questions;

/// <summary>
/// The "Answer" button under a staff message (<c>aq:&lt;thread&gt;</c>): the parent types their answer into that
/// thread. Only the thread's own chat may press it; a forged or erased one is stale.
/// </summary>
public sealed class AnswerButton(QuestionStore questions, FlowRunner flows) : IButtonHandler
{
    public const string ButtonPrefix = "aq:";

    public string Prefix => ButtonPrefix;

    public Task<bool> HandleAsync(string value, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(context);
        if (questions.FindOfChat(value[Prefix.Length..], context.Chat) is not { } thread)
        {
            return Task.FromResult(false);
        }

        flows.EnterWith(context, replies, AskPersonSlots.Flow, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AskPersonSlots.Thread] = thread.Id,
        }, state: "reply");
        return Task.FromResult(true);
    }

    public static string ValueFor(string threadId) => ButtonPrefix + threadId;
}
