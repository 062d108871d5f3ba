namespace ParentBot.Core.Flows;

/// <summary>A named condition a transition may depend on (<c>if: has-child-age</c>, or <c>if: "!has-child-age"</c>).</summary>
public interface IFlowGuard
{
    string Name { get; }

    bool Allows(FlowContext context);
}
