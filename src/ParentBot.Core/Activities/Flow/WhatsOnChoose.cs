using System.Globalization;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Activities.Flow;

/// <summary><c>do: whats-on-choose</c>: the next page, or another town to look at (the parent's own town stays).</summary>
internal sealed class WhatsOnChoose : IFlowAction
{
    public string Name => "whats-on-choose";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var slots = context.Conversation.Slots;
        slots.Remove(WhatsOnSlots.Choice, out var choice);
        if (choice == WhatsOnSlots.More)
        {
            slots[WhatsOnSlots.Page] = (WhatsOnSlots.PageOf(context) + 1).ToString(CultureInfo.InvariantCulture);
        }
        else if (choice is not null && choice.StartsWith(WhatsOnSlots.TownChoice, StringComparison.Ordinal))
        {
            slots[WhatsOnSlots.Browse] = choice[WhatsOnSlots.TownChoice.Length..];
            slots.Remove(WhatsOnSlots.Page);
        }

        return Task.CompletedTask;
    }
}
