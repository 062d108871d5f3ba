using ParentBot.Core.Flows;

namespace ParentBot.Core.Conversations;

/// <summary>
/// What a part of the product keeps about a parent, told in their language: /privacy says why it is kept and
/// who sees it, /mydata how much of it we hold now. A part that stores parent data registers one (and
/// erases that data in <c>TurnStore.EraseParentData</c>).
/// </summary>
public interface IParentDataReport
{
    void SayPrivacy(Replies replies);

    void SayMyData(FlowContext context, Replies replies);
}
