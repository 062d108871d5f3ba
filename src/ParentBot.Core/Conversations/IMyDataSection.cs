using ParentBot.Core.Flows;

namespace ParentBot.Core.Conversations;

/// <summary>
/// One part's answer to <c>/mydata</c>: what that part keeps about the parent (groups, visits, questions),
/// said in the parent's language. Says nothing when it keeps nothing. What it shows, /forget erases.
/// </summary>
public interface IMyDataSection
{
    void Say(FlowContext context, Replies replies);
}
