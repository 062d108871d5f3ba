using ParentBot.Core.Flows;

namespace ParentBot.Core.Conversations;

/// <summary>The commands every channel understands (DESIGN §3). They are checked before any flow step.</summary>
public sealed partial class TurnHandler
{
    private async Task HandleCommandAsync(string text, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        if (StartPayloadOf(text) is { } payload)
        {
            if (extensions.PayloadHandlerFor(payload) is { } handler)
            {
                await handler.HandleAsync(payload[handler.Prefix.Length..], context, replies, cancellationToken).ConfigureAwait(false);
                return;
            }

            // An unknown or outdated link still starts the bot.
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var command = (space < 0 ? text : text[..space]).ToLowerInvariant();

        // Telegram appends the bot's name in groups: /menu@ParentBot.
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            command = command[..at];
        }

        switch (command)
        {
            case "/start":
                replies.Say("start.welcome");
                ShowMenu(context, replies);
                break;
            case "/menu":
                ShowMenu(context, replies);
                break;
            case "/help":
                replies.Say("help.buttons");
                replies.Say("help.commands");
                ShowMenu(context, replies);
                break;
            case "/language":
                flows.Enter(context, replies, FlowCatalog.MainMenu, "language");
                break;
            case "/cancel":
                Cancel(context, replies);
                break;
            case "/privacy":
                replies.Say("privacy.text");
                replies.Say("privacy.questions");
                foreach (var notice in extensions.Privacy)
                {
                    notice.Say(replies);
                }

                ShowMenu(context, replies);
                break;
            case "/mydata":
                SayMyData(context, replies);
                ShowMenu(context, replies);
                break;
            case "/forget":
                flows.Enter(context, replies, "forget");
                break;
            default:
                replies.Say("common.unknown-command");
                ShowMenu(context, replies);
                break;
        }
    }

    private void Cancel(FlowContext context, Replies replies)
    {
        var atMenu = context.Conversation.FlowId == FlowCatalog.MainMenu && context.Conversation.State == "menu";
        replies.Say(atMenu || context.Conversation.FlowId.Length == 0 ? "common.nothing-to-cancel" : "common.cancelled");
        ShowMenu(context, replies);
    }

    private void SayMyData(FlowContext context, Replies replies)
    {
        var parent = context.Parent;
        var language = localizer.Languages.TryGet(parent.Language, out var info) ? info.NativeName : parent.Language ?? "-";
        var created = new DateTimeOffset(DateTime.SpecifyKind(parent.CreatedUtc, DateTimeKind.Utc));
        replies.Say("mydata.summary", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["language"] = language,
            ["channel"] = replies.Label("channel." + (parent.Channel == ChatKey.Telegram ? "telegram" : "web")),
            ["date"] = localizer.Date(replies.Language, created),
        });
        var kept = questions.QuestionsOf(context.Chat);
        if (kept > 0)
        {
            replies.Say("mydata.questions", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["count"] = kept.ToString(localizer.CultureOf(replies.Language)),
            });
        }

        foreach (var section in extensions.MyData)
        {
            section.Say(context, replies);
        }
    }
}
