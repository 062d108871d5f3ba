using ParentBot.Core.Flows;
using ParentBot.Core.Places;

namespace ParentBot.Core.Profile.Flow;

/// <summary><c>if: has-town</c>: we know the parent's town (kept, or given in this flow) and it is still a known town.</summary>
internal sealed class HasTown(MunicipalityCatalog towns) : IFlowGuard
{
    public string Name => "has-town";

    public bool Allows(FlowContext context) => towns.Get(ParentProfile.Town(context)) is not null;
}
