using System.Globalization;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Knowledge;

namespace ParentBot.Web.Staff.Content;

/// <summary>
/// The content as it runs: the flows (each drawn on its own page), and per language whether a native speaker
/// reviewed each text file and each knowledge answer — machine translations are marked as such.
/// </summary>
public sealed class IndexModel(DialogsContent content, FlowCatalog flows) : StaffPage
{
    private IReadOnlyList<TextFileStatus> _texts = [];

    public IReadOnlyList<string> Languages { get; private set; } = [];

    public IReadOnlyList<FlowDefinition> Flows { get; private set; } = [];

    public IReadOnlyList<KnowledgeEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> TextParts { get; private set; } = [];

    public string ReviewedCount { get; private set; } = "0";

    public string TotalCount { get; private set; } = "0";

    public void OnGet()
    {
        Languages = [.. content.Languages.All.Select(l => l.Code)];
        Flows = [.. flows.All.OrderBy(f => f.Id, StringComparer.Ordinal)];
        Entries = content.Knowledge.Entries;
        _texts = TranslationStatus.Load(content.Path, Languages);
        TextParts = [.. _texts.Select(t => t.Part).Distinct(StringComparer.Ordinal)];
        var all = Entries.SelectMany(e => e.Texts.Values).ToList();
        ReviewedCount = all.Count(t => t.Reviewed).ToString(CultureInfo.InvariantCulture);
        TotalCount = all.Count.ToString(CultureInfo.InvariantCulture);
    }

    public TextFileStatus? TextFile(string part, string language) => _texts.FirstOrDefault(t => t.Part == part && t.Language == language);
}
