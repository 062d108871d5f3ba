using System.Text.RegularExpressions;
using ParentBot.Core.Dialogs;
using YamlDotNet.RepresentationModel;

namespace ParentBot.Core.Localization;

/// <summary>
/// Every text of <c>dialogs/texts/&lt;lang&gt;.yaml</c> and <c>dialogs/texts/&lt;part&gt;/&lt;lang&gt;.yaml</c> (one folder
/// per part of the product, so translators and features work on separate files) by language and dot-joined key. A text missing at
/// run time falls back along the language's fallback chain; the dialogs check makes sure that never happens.
/// </summary>
public sealed partial class TextCatalog
{
    private readonly Dictionary<string, Dictionary<string, TextEntry>> _texts;
    private readonly LanguageCatalog _languages;
    private readonly Dictionary<string, IReadOnlySet<string>> _partLanguages;

    internal TextCatalog(
        LanguageCatalog languages, Dictionary<string, Dictionary<string, TextEntry>> texts, Dictionary<string, IReadOnlySet<string>> partLanguages)
    {
        _languages = languages;
        _texts = texts;
        _partLanguages = partLanguages;
    }

    /// <summary>
    /// The languages a text folder is written in. A part for staff (<c>texts/staff/</c>) lists nl, fr and en in
    /// its <c>languages.yaml</c>; parent texts are in every language.
    /// </summary>
    internal IReadOnlySet<string>? LanguagesOfFolder(string folder) => _partLanguages.GetValueOrDefault(Path.GetFullPath(folder));

    /// <summary>All keys of one language's file, with the line each stands on.</summary>
    internal IReadOnlyDictionary<string, TextEntry> EntriesOf(string language) =>
        _texts.TryGetValue(language, out var entries) ? entries : new Dictionary<string, TextEntry>();

    public bool Has(string language, string key) => EntriesOf(language).ContainsKey(key);

    /// <summary>The raw template of a key, following the fallback chain; the key itself if no language has it.</summary>
    public string Template(string language, string key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var lang = language; seen.Add(lang);)
        {
            if (_texts.TryGetValue(lang, out var entries) && entries.TryGetValue(key, out var entry))
            {
                return entry.Text;
            }

            if (!_languages.TryGet(lang, out var info))
            {
                break;
            }

            lang = info.Fallback;
        }

        return key;
    }

    internal static IReadOnlySet<string> PlaceholdersOf(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}")]
    internal static partial Regex PlaceholderPattern();

    internal static TextCatalog Load(string dialogsPath, LanguageCatalog languages)
    {
        var folder = Path.Combine(dialogsPath, "texts");
        var parts = Directory.Exists(folder) ? Directory.GetDirectories(folder).Order(StringComparer.Ordinal).ToList() : [];
        var texts = new Dictionary<string, Dictionary<string, TextEntry>>(StringComparer.Ordinal);
        var partLanguages = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var part in parts.Where(p => File.Exists(Path.Combine(p, "languages.yaml"))))
        {
            var file = YamlFile.Load(Path.Combine(part, "languages.yaml"));
            partLanguages[Path.GetFullPath(part)] = YamlFile.Strings(YamlFile.Child(file.Root, "languages")).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var language in languages.All)
        {
            var entries = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
            foreach (var path in parts.Prepend(folder).Select(dir => Path.Combine(dir, language.Code + ".yaml")).Where(File.Exists))
            {
                var file = YamlFile.Load(path);
                Flatten(file, file.Root, prefix: null, entries);
            }

            texts[language.Code] = entries;
        }

        return new TextCatalog(languages, texts, partLanguages);
    }

    private static void Flatten(YamlFile file, YamlNode node, string? prefix, Dictionary<string, TextEntry> into)
    {
        if (node is not YamlMappingNode map)
        {
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (prefix is null && key == "meta")
            {
                continue;
            }

            var full = prefix is null ? key : prefix + "." + key;
            if (value is YamlScalarNode scalar)
            {
                if (into.TryGetValue(full, out var earlier))
                {
                    throw new DialogsException(file.Problem(scalar, $"text '{full}' is also defined in {earlier.File}:{earlier.Line}"));
                }

                into[full] = new TextEntry(scalar.Value ?? string.Empty, file.Path, YamlFile.LineOf(scalar));
            }
            else
            {
                Flatten(file, value, full, into);
            }
        }
    }
}
