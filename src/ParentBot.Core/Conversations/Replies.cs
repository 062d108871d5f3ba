using ParentBot.Core.Localization;

namespace ParentBot.Core.Conversations;

/// <summary>The messages a turn says, in order, in the parent's language.</summary>
public sealed class Replies(Localizer localizer, string language)
{
    private readonly List<OutboundMessage> _messages = [];

    public string Language { get; private set; } = language;

    public IReadOnlyList<OutboundMessage> Messages => _messages;

    public Localizer Localizer => localizer;

    /// <summary>Switches the language for what is said next (the parent just picked one).</summary>
    public void UseLanguage(string code) => Language = code;

    public void Say(string key, IReadOnlyDictionary<string, string>? values = null) =>
        Add(localizer.Text(Language, key, values), [], "text:" + key);

    public void Add(string text, IReadOnlyList<IReadOnlyList<OutboundButton>> buttons, string? reference) =>
        _messages.Add(new OutboundMessage(text, localizer.DirectionOf(Language), buttons, reference));

    /// <summary>A message made elsewhere in the parent's language (a confirmation with its calendar file).</summary>
    public void Add(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _messages.Add(message);
    }

    public string Label(string key) => localizer.Text(Language, key);
}
