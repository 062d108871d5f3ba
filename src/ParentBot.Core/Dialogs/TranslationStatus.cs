using YamlDotNet.RepresentationModel;

namespace ParentBot.Core.Dialogs;

/// <summary>
/// Whether a native speaker has checked each text file (<c>meta.reviewed-by-native-speaker</c> of
/// <c>texts/&lt;lang&gt;.yaml</c> and <c>texts/&lt;part&gt;/&lt;lang&gt;.yaml</c>), for the console's content page. A part
/// that names its own languages (staff texts: nl, fr, en) needs no file in the others.
/// </summary>
public static class TranslationStatus
{
    /// <summary>One row per part and language: <c>core</c> is <c>texts/&lt;lang&gt;.yaml</c>, a part is its folder's name.</summary>
    public static IReadOnlyList<TextFileStatus> Load(string dialogsPath, IEnumerable<string> languages)
    {
        var folder = Path.Combine(dialogsPath, "texts");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var codes = languages.ToList();
        var parts = Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Select(d => (Name: Path.GetFileName(d), Dir: d)).Prepend(("core", folder));
        var rows = new List<TextFileStatus>();
        foreach (var (name, dir) in parts)
        {
            var only = File.Exists(Path.Combine(dir, "languages.yaml"))
                ? YamlFile.Strings(YamlFile.Child(YamlFile.Load(Path.Combine(dir, "languages.yaml")).Root, "languages")).ToHashSet(StringComparer.Ordinal)
                : null;
            foreach (var code in codes)
            {
                rows.Add(StatusOf(name, code, Path.Combine(dir, code + ".yaml"), needed: only is null || only.Contains(code)));
            }
        }

        return rows;
    }

    private static TextFileStatus StatusOf(string part, string language, string path, bool needed)
    {
        if (!File.Exists(path))
        {
            return new TextFileStatus(part, language, needed ? TextReview.Missing : TextReview.NotNeeded, string.Empty);
        }

        var meta = YamlFile.Child(YamlFile.Load(path).Root, "meta") ?? new YamlMappingNode();
        var by = YamlFile.Scalar(meta, "translated-by") ?? string.Empty;
        var review = string.Equals(YamlFile.Scalar(meta, "reviewed-by-native-speaker"), "true", StringComparison.OrdinalIgnoreCase) ? TextReview.Reviewed
            : by.StartsWith("source", StringComparison.OrdinalIgnoreCase) ? TextReview.Source
            : TextReview.Machine;
        return new TextFileStatus(part, language, review, by);
    }
}

/// <summary>The review state of one part's texts in one language, and who translated them (from the file's <c>meta</c>).</summary>
public sealed record TextFileStatus(string Part, string Language, TextReview Review, string TranslatedBy);

public enum TextReview
{
    /// <summary>A native speaker checked it.</summary>
    Reviewed,

    /// <summary>The text everything else is translated from.</summary>
    Source,

    /// <summary>A machine translation nobody checked yet.</summary>
    Machine,

    /// <summary>The part needs this language but has no file for it.</summary>
    Missing,

    /// <summary>The part is not written in this language (staff texts are nl, fr and en).</summary>
    NotNeeded,
}
