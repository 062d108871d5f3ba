namespace ParentBot.Core.Dialogs;

/// <summary>Text keys the C# code says directly (not through a flow); the dialogs check makes sure each exists.</summary>
public static class RequiredTexts
{
    public static IReadOnlyList<string> Keys { get; } =
    [
        "common.cancelled", "common.nothing-to-cancel", "common.error", "common.stale-button", "common.unsupported",
        "common.too-long", "common.unknown-command", "language.prompt", "language.changed", "start.welcome",
        "help.buttons", "help.commands", "privacy.text", "mydata.summary", "channel.telegram",
        "channel.web", "commands.start", "commands.menu", "commands.help", "commands.language", "commands.cancel",
        "commands.privacy", "commands.mydata", "commands.forget", "kb.did-you-mean", "kb.dont-know", "menu.ask-person", "privacy.questions", "mydata.questions",
    ];
}
