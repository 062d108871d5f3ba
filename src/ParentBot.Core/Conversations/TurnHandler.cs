using ParentBot.Core.Flows;
using ParentBot.Core.Flows.ButtonSources;
using ParentBot.Core.Localization;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Conversations;

/// <summary>
/// Decides what one message means — a language pick, a command, a flow button, an answer the bot asked
/// for, a question, or something we cannot read — and says the replies. Works on the turn's working copies.
/// </summary>
public sealed partial class TurnHandler(
    FlowRunner flows,
    Localizer localizer,
    IQuestionAnswerer answerer,
    LanguageButtonSource languageButtons,
    KnowledgeFeedbackStore questions,
    TurnExtensions extensions)
{
    /// <summary>A deep-link payload that arrived before the parent picked a language, handled right after.</summary>
    internal const string PendingPayloadSlot = "pending-start";

    /// <summary>
    /// Longer texts are not questions a parent types on a phone; answering them would only echo noise
    /// (and on Telegram they arrive split anyway).
    /// </summary>
    public const int MaxTextLength = 1000;

    public Replies NewReplies(ParentRecord parent) => new(localizer, parent.Language ?? "en");

    /// <summary>The answer when a turn failed: an apology and the menu, in the parent's stored language.</summary>
    public IReadOnlyList<OutboundMessage> Apology(ParentRecord? stored)
    {
        var replies = new Replies(localizer, stored?.Language ?? "en");
        replies.Say("common.error");
        return replies.Messages;
    }

    public async Task HandleAsync(InboundMessage message, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        // A parent who writes to us again has unblocked the bot.
        context.Parent.Unreachable = false;
        foreach (var interceptor in extensions.Interceptors)
        {
            if (await interceptor.TryHandleAsync(message, context, replies, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        if (context.Parent.Language is null)
        {
            await HandleFirstContactAsync(message, context, replies, cancellationToken).ConfigureAwait(false);
            return;
        }

        var text = message.Text?.Trim() ?? string.Empty;
        switch (message.Kind)
        {
            case InboundKind.Unsupported:
                replies.Say("common.unsupported");
                ShowMenu(context, replies);
                break;
            case InboundKind.Button:
                await HandleButtonAsync(text, context, replies, cancellationToken).ConfigureAwait(false);
                break;
            case InboundKind.Text when text.Length > MaxTextLength:
                replies.Say("common.too-long");
                ShowMenu(context, replies);
                break;
            case InboundKind.Text when text.StartsWith('/'):
                await HandleCommandAsync(text, context, replies, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await HandleTextAsync(text, context, replies, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task HandleFirstContactAsync(InboundMessage message, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        if (message.Kind == InboundKind.Button
            && ButtonValue.TryParseLanguage(message.Text ?? string.Empty, out var code)
            && localizer.Languages.TryGet(code, out _))
        {
            var pending = context.Conversation.Slots.GetValueOrDefault(PendingPayloadSlot);
            context.Conversation.Slots.Remove(PendingPayloadSlot);
            if (pending is not null && extensions.PayloadHandlerFor(pending) is { } handler)
            {
                context.Parent.Language = code;
                replies.UseLanguage(code);
                replies.Say("start.welcome");
                await handler.HandleAsync(pending[handler.Prefix.Length..], context, replies, cancellationToken).ConfigureAwait(false);
                return;
            }

            ChooseLanguage(code, context, replies, greet: true);
            return;
        }

        if (message.Kind == InboundKind.Text && StartPayloadOf(message.Text ?? string.Empty) is { } payload)
        {
            context.Conversation.Slots[PendingPayloadSlot] = payload;
        }

        var suggested = localizer.Languages.Suggest(message.LanguageHint);
        replies.UseLanguage(suggested?.Code ?? "en");
        replies.Add(LanguagePrompt(suggested), languageButtons.Buttons(suggested), "flow:language");
    }

    internal void ChooseLanguage(string code, FlowContext context, Replies replies, bool greet)
    {
        context.Parent.Language = code;
        replies.UseLanguage(code);
        if (greet)
        {
            replies.Say("start.welcome");
        }
        else
        {
            replies.Say("language.changed");
        }

        ShowMenu(context, replies);
    }

    private async Task HandleButtonAsync(string value, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        if (ButtonValue.TryParseLanguage(value, out var code) && localizer.Languages.TryGet(code, out _))
        {
            ChooseLanguage(code, context, replies, greet: false);
            return;
        }

        if (value.StartsWith(ButtonValue.KnowledgePrefix, StringComparison.Ordinal)
            && answerer.TryShowEntry(context, replies, value[ButtonValue.KnowledgePrefix.Length..]))
        {
            return;
        }

        if (ButtonValue.TryParseFlow(value, out var button) && flows.IsCurrent(context.Conversation, button)
            && await flows.TryFireAsync(context, replies, button.Trigger, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (ButtonValue.TryParsePick(value, out var pick) && flows.IsCurrent(context.Conversation, pick)
            && await flows.TryPickAsync(context, replies, pick.Trigger, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (extensions.ButtonHandlerFor(value) is { } handler
            && await handler.HandleAsync(value, context, replies, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        replies.Say("common.stale-button");
        ShowMenu(context, replies);
    }

    private async Task HandleTextAsync(string text, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            ShowMenu(context, replies);
            return;
        }

        if (flows.InputOf(context.Conversation) is { } input)
        {
            context.Conversation.Slots[input.Slot] = text;
            if (await flows.TryFireAsync(context, replies, input.Trigger, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            context.Conversation.Slots.Remove(input.Slot);
        }

        foreach (var payloads in extensions.Payloads)
        {
            if (payloads.IsTypedCode(text, out var argument))
            {
                await payloads.HandleAsync(argument, context, replies, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        await answerer.AnswerAsync(context, replies, text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"/start join-K7M2Q" → "join-K7M2Q"; null for a plain /start or another command.</summary>
    internal static string? StartPayloadOf(string text)
    {
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts is [var command, var payload] && command.Split('@')[0].Equals("/start", StringComparison.OrdinalIgnoreCase)
            ? payload
            : null;
    }

    internal void ShowMenu(FlowContext context, Replies replies) => flows.Enter(context, replies, FlowCatalog.MainMenu);

    private string LanguagePrompt(LanguageInfo? suggested)
    {
        var prompt = localizer.Text(suggested?.Code ?? "en", "language.prompt");
        return suggested is null || suggested.Code == "en" ? prompt : prompt + "\n" + localizer.Text("en", "language.prompt");
    }
}
