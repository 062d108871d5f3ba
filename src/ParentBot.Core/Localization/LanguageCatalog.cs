using ParentBot.Core.Dialogs;

namespace ParentBot.Core.Localization;

/// <summary>The languages of <c>dialogs/languages.yaml</c>, in button order.</summary>
public sealed class LanguageCatalog
{
    private readonly Dictionary<string, LanguageInfo> _byCode;

    public LanguageCatalog(IReadOnlyList<LanguageInfo> languages)
    {
        All = languages;
        _byCode = languages.ToDictionary(l => l.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<LanguageInfo> All { get; }

    public LanguageInfo this[string code] => _byCode[code];

    public bool TryGet(string? code, out LanguageInfo language)
    {
        if (code is not null && _byCode.TryGetValue(code, out var found))
        {
            language = found;
            return true;
        }

        language = null!;
        return false;
    }

    /// <summary>The language a platform's language hint (e.g. Telegram's <c>language_code</c> "fa-IR") suggests, if any.</summary>
    public LanguageInfo? Suggest(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var primary = hint.Split('-', '_')[0].ToLowerInvariant();
        return All.FirstOrDefault(l => l.TelegramCodes.Contains(primary, StringComparer.Ordinal));
    }

    internal static LanguageCatalog Load(string dialogsPath)
    {
        var file = YamlFile.Load(Path.Combine(dialogsPath, "languages.yaml"));
        var list = new List<LanguageInfo>();
        foreach (var node in YamlFile.Items(YamlFile.Child(file.Root, "languages")))
        {
            var direction = file.RequireScalar(node, "direction") switch
            {
                "ltr" => TextDirection.Ltr,
                "rtl" => TextDirection.Rtl,
                var other => throw new DialogsException(file.Problem(node, $"direction '{other}' must be ltr or rtl")),
            };
            list.Add(new LanguageInfo(
                file.RequireScalar(node, "code"),
                file.RequireScalar(node, "native"),
                direction,
                file.RequireScalar(node, "culture"),
                file.RequireScalar(node, "fallback"),
                [.. YamlFile.Strings(YamlFile.Child(node, "telegram"))]));
        }

        return list.Count > 0
            ? new LanguageCatalog(list)
            : throw new DialogsException(file.Problem(file.Root, "no languages declared"));
    }
}
