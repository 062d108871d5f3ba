using ParentBot.Core.Flows;

namespace ParentBot.Core.Questions;

/// <summary><c>if: can-ask-person</c>: some organisation has staff to read the question. Without one the bot says so instead of promising an answer.</summary>
public sealed class CanAskPerson(QuestionRouting routing) : IFlowGuard
{
    public string Name => "can-ask-person";

    public bool Allows(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return routing.For(context.Chat) is not null;
    }
}
