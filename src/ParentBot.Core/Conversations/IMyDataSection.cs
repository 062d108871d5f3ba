using ParentBot.Core.Flows;

namespace ParentBot.Core.Conversations;

/// <summary>
/// A part of the product that keeps data about a parent says what it keeps when they type /mydata (visits,
/// enrolments, …). What it keeps must also be erased by /forget (<c>TurnStore.EraseParentData</c>).
/// </summary>
public interface IMyDataSection
{
    void Describe(FlowContext context, Replies replies);
}
