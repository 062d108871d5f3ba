using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Flows.ButtonSources;

/// <summary>One button per language, labelled with its native name, two per row; a suggested language comes first.</summary>
public sealed class LanguageButtonSource(LanguageCatalog languages) : IButtonSource
{
    public string Name => "languages";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language) =>
        Buttons(languages.TryGet(context.Parent.Language, out var current) ? current : null);

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(LanguageInfo? first)
    {
        var ordered = first is null ? languages.All : [first, .. languages.All.Where(l => l != first)];
        return [.. ordered.Select(l => new OutboundButton(l.NativeName, ButtonValue.ForLanguage(l.Code))).Chunk(2)
            .Select(row => (IReadOnlyList<OutboundButton>)row)];
    }
}
