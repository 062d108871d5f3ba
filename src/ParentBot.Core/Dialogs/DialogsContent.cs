using ParentBot.Core.Flows;
using ParentBot.Core.Knowledge;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Dialogs;

/// <summary>Everything under <c>dialogs/</c>, loaded once: languages, texts and flows.</summary>
public sealed class DialogsContent
{
    private DialogsContent(string path, LanguageCatalog languages, TextCatalog texts, IReadOnlyList<FlowDefinition> flows, KnowledgeBase knowledge)
    {
        Path = path;
        Languages = languages;
        Texts = texts;
        Flows = flows;
        Knowledge = knowledge;
    }

    public string Path { get; }

    public LanguageCatalog Languages { get; }

    public TextCatalog Texts { get; }

    public IReadOnlyList<FlowDefinition> Flows { get; }

    public KnowledgeBase Knowledge { get; }

    /// <summary>Loads the folder; throws <see cref="DialogsException"/> on content that cannot be read at all.</summary>
    public static DialogsContent Load(string path)
    {
        var languages = LanguageCatalog.Load(path);
        return new DialogsContent(path, languages, TextCatalog.Load(path, languages), FlowLoader.LoadAll(path), KnowledgeBase.Load(path));
    }
}
