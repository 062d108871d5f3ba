using ParentBot.Core.Flows;
using ParentBot.Core.Places;

namespace ParentBot.Core.Profile.Flow;

/// <summary><c>if: typed-town-known</c>: the typed town or postcode is one we know ("2800", "Malines").</summary>
internal sealed class TypedTownKnown(MunicipalityCatalog towns) : IFlowGuard
{
    public string Name => "typed-town-known";

    public bool Allows(FlowContext context) =>
        context.Conversation.Slots.GetValueOrDefault(ProfileSlots.TownText) is { } text && towns.Find(text) is not null;
}
