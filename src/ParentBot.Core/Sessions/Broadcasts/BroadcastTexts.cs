using ParentBot.Core.Dialogs;

namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>The parent-facing texts (in <c>texts/broadcasts/</c>, every language) broadcasts and cancellations are built from.</summary>
internal sealed class BroadcastTexts : IRequiredTexts
{
    public IEnumerable<string> Keys { get; } =
    [
        "broadcasts.header", "broadcasts.place-changed", "broadcasts.bring", "broadcasts.free-time", "broadcasts.date-cancelled", "broadcasts.date-reinstated",
        "broadcasts.not-translated",
    ];
}
