using YamlDotNet.RepresentationModel;

namespace ParentBot.Core.Dialogs;

/// <summary>
/// Whether a native speaker has checked each text file (<c>meta.reviewed-by-native-speaker</c> of
/// <c>texts/&lt;lang&gt;.yaml</c> and <c>texts/&lt;part&gt;/&lt;lang&gt;.yaml</c>), for the console's content page.
/// </summary>
public static class TranslationStatus
{
    /// <summary>One row per text file: its part (<c>core</c> for <c>texts/&lt;lang&gt;.yaml</c>), language, review flag and who translated it.</summary>
    public static IReadOnlyList<TextFileStatus> Load(string dialogsPath)
    {
        var folder = Path.Combine(dialogsPath, "texts");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "languages.yaml")
            .Select(f =>
            {
                var file = YamlFile.Load(f);
                var meta = YamlFile.Child(file.Root, "meta") ?? new YamlMappingNode();
                var dir = Path.GetDirectoryName(f)!;
                var part = Path.GetFullPath(dir) == Path.GetFullPath(folder) ? "core" : Path.GetFileName(dir);
                return new TextFileStatus(
                    part,
                    Path.GetFileNameWithoutExtension(f),
                    string.Equals(YamlFile.Scalar(meta, "reviewed-by-native-speaker"), "true", StringComparison.OrdinalIgnoreCase),
                    YamlFile.Scalar(meta, "translated-by") ?? string.Empty);
            })
            .OrderBy(s => s.Part, StringComparer.Ordinal).ThenBy(s => s.Language, StringComparer.Ordinal)];
    }
}

/// <summary>The review state of one text file.</summary>
public sealed record TextFileStatus(string Part, string Language, bool Reviewed, string TranslatedBy);
