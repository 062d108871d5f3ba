namespace ParentBot.Core.Flows;

/// <summary>
/// A named action a flow runs on a transition (<c>do: erase-my-data</c>). One small class per action,
/// registered in DI; the dialogs check fails on a name no action carries.
/// </summary>
public interface IFlowAction
{
    string Name { get; }

    Task RunAsync(FlowContext context, CancellationToken cancellationToken);
}
