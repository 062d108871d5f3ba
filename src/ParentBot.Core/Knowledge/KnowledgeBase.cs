using ParentBot.Core.Dialogs;
using YamlDotNet.RepresentationModel;

namespace ParentBot.Core.Knowledge;

/// <summary>All knowledge entries and, per language, the words that signal an emergency.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnowledgeEntry> _byId;

    public KnowledgeBase(IReadOnlyList<KnowledgeEntry> entries, IReadOnlyDictionary<string, IReadOnlyList<string>> emergencyTerms)
    {
        Entries = entries;
        EmergencyTerms = emergencyTerms;
        _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> EmergencyTerms { get; }

    public bool TryGet(string id, out KnowledgeEntry entry) => _byId.TryGetValue(id, out entry!);

    public IEnumerable<KnowledgeEntry> InTopic(string topic) => Entries.Where(e => e.Topic == topic);

    public static KnowledgeBase Load(string dialogsPath)
    {
        var dir = Path.Combine(dialogsPath, "knowledge");
        var entriesPath = Path.Combine(dir, "entries.yaml");
        if (!File.Exists(entriesPath))
        {
            return new KnowledgeBase([], new Dictionary<string, IReadOnlyList<string>>());
        }

        var texts = new Dictionary<string, Dictionary<string, KnowledgeText>>(StringComparer.Ordinal);
        var emergency = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(dir, "answers"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = YamlFile.Load(path);
            var language = file.RequireScalar(file.Root, "language");
            emergency[language] = [.. YamlFile.Strings(YamlFile.Child(file.Root, "emergency-terms"))];
            if (YamlFile.Child(file.Root, "entries") is not YamlMappingNode entries)
            {
                continue;
            }

            foreach (var (key, node) in entries.Children)
            {
                var id = ((YamlScalarNode)key).Value ?? string.Empty;
                var perEntry = texts.TryGetValue(id, out var found) ? found : texts[id] = new Dictionary<string, KnowledgeText>(StringComparer.Ordinal);
                perEntry[language] = new KnowledgeText(
                    YamlFile.Scalar(node, "title") ?? string.Empty,
                    (YamlFile.Scalar(node, "answer") ?? string.Empty).Trim(),
                    [.. YamlFile.Strings(YamlFile.Child(node, "questions"))],
                    string.Equals(YamlFile.Scalar(node, "reviewed"), "true", StringComparison.Ordinal),
                    path,
                    YamlFile.LineOf(key));
            }
        }

        var entriesFile = YamlFile.Load(entriesPath);
        var list = YamlFile.Items(YamlFile.Child(entriesFile.Root, "entries")).Select(node =>
        {
            var id = entriesFile.RequireScalar(node, "id");
            return new KnowledgeEntry(
                id,
                entriesFile.RequireScalar(node, "topic"),
                [.. YamlFile.Strings(YamlFile.Child(node, "facts"))],
                YamlFile.Scalar(node, "region") ?? "flanders",
                string.Equals(YamlFile.Scalar(node, "verify"), "true", StringComparison.Ordinal),
                texts.TryGetValue(id, out var t) ? t : new Dictionary<string, KnowledgeText>(),
                YamlFile.LineOf(node));
        }).ToList();
        return new KnowledgeBase(list, emergency);
    }
}
