namespace ParentBot.Core.Dialogs;

/// <summary>Text keys the conversation engine and commands say directly.</summary>
public sealed class RequiredTexts : IRequiredTexts
{
    public IEnumerable<string> Keys { get; } =
    [
        "common.cancelled", "common.nothing-to-cancel", "common.error", "common.stale-button", "common.unsupported",
        "common.too-long", "common.unknown-command", "language.prompt", "language.changed", "start.welcome",
        "help.buttons", "help.commands", "privacy.text", "mydata.summary", "channel.telegram",
        "channel.web", "commands.start", "commands.menu", "commands.help", "commands.language", "commands.cancel",
        "commands.privacy", "commands.mydata", "commands.forget", "kb.did-you-mean", "kb.dont-know", "menu.ask-person", "privacy.questions", "mydata.questions",
    ];
}
