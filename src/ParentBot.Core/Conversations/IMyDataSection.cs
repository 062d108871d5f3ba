using ParentBot.Core.Flows;

namespace ParentBot.Core.Conversations;

/// <summary>
/// A part of the product that keeps something about a parent (a town, enrolments, bookings) says it in
/// <c>/mydata</c>, in the parent's language, after the summary. Says nothing when it keeps nothing.
/// </summary>
public interface IMyDataSection
{
    void Say(FlowContext context, Replies replies);
}
