using ParentBot.Core.Conversations;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Staff;

/// <summary>
/// Links a Telegram chat to a staff account: the console shows a one-time code, the staff member sends
/// <c>/start link-CODE</c> (the deep link) or types the code. From then on <see cref="StaffChat"/> gives that
/// chat the staff menu. A staff member writing to the bot for the first time is not asked for a parent
/// language first: the interceptor catches the code before the language question.
/// </summary>
public sealed class StaffLink(StaffStore staff, StaffChat staffChat, FlowRunner flows, IAuditLog audit, TimeProvider time)
    : IStartPayloadHandler, IChatInterceptor, IRequiredTexts
{
    public string Prefix => LinkCodes.Prefix;

    public IEnumerable<string> Keys => ["staff.linked", "staff.link-invalid"];

    public Task HandleAsync(string argument, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        if (!TryLink(argument, context, replies))
        {
            replies.Say("staff.link-invalid");
            if (context.Parent.Language is not null)
            {
                flows.Enter(context, replies, FlowCatalog.MainMenu);
            }
        }

        return Task.CompletedTask;
    }

    public bool IsTypedCode(string text, out string argument)
    {
        argument = LinkCodes.Normalize(text ?? string.Empty) ?? string.Empty;

        // A bare code is only ours if an account waits for it: a parent's other typing goes on to the questions.
        return argument.Length > 0
            && (text!.Trim().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || staff.IsPendingLinkCode(argument, time.GetUtcNow().UtcDateTime));
    }

    /// <summary>Only a first contact that carries a valid code; everything else goes the usual way.</summary>
    public Task<bool> TryHandleAsync(InboundMessage message, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Parent.Language is not null || message.Kind != InboundKind.Text || message.Text is not { } text)
        {
            return Task.FromResult(false);
        }

        var payload = TurnHandler.StartPayloadOf(text);
        var candidate = payload is not null && payload.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? payload : text;
        return Task.FromResult(IsTypedCode(candidate, out var code) && TryLink(code, context, replies));
    }

    private bool TryLink(string argument, FlowContext context, Replies replies)
    {
        if (LinkCodes.Normalize(argument) is not { } code
            || staff.LinkByCode(code, context.Chat, time.GetUtcNow().UtcDateTime) is not { } account)
        {
            return false;
        }

        audit.Record(account.Id, account.Organisation, AuditActions.Linked, account.Id);
        context.Parent.Language = account.Language;
        context.Conversation.Slots.Clear();
        replies.UseLanguage(account.Language);
        replies.Say("staff.linked", new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = account.DisplayName });
        staffChat.ShowMenu(account, replies);
        return true;
    }
}
