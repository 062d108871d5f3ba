namespace ParentBot.Core.Flows.Actions;

/// <summary>
/// <c>erase-my-data</c>: the parent confirmed /forget. The erasure itself happens when the turn is
/// committed, in the same transaction, so a failing turn erases nothing.
/// </summary>
public sealed class EraseMyData : IFlowAction
{
    public string Name => "erase-my-data";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        context.ParentErased = true;
        return Task.CompletedTask;
    }
}
