namespace ParentBot.Core.Flows;

/// <summary>The flows loaded (and checked) once at start, by id.</summary>
public sealed class FlowCatalog
{
    public const string MainMenu = "main-menu";

    private readonly Dictionary<string, FlowDefinition> _flows;

    public FlowCatalog(IEnumerable<FlowDefinition> flows)
    {
        _flows = flows.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public IEnumerable<FlowDefinition> All => _flows.Values;

    public FlowDefinition this[string id] => _flows[id];

    public bool TryGet(string id, out FlowDefinition flow) => _flows.TryGetValue(id, out flow!);
}
