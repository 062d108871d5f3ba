using ParentBot.Core.Conversations;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Staff;

/// <summary>
/// A chat linked to a staff account gets the staff menu instead of the parent dialog: one button per
/// feature the account's role may use. Parents never reach this, since only a linked chat matches.
/// </summary>
public sealed class StaffChat(StaffStore staff, IEnumerable<IStaffFeature> features) : IChatInterceptor, IRequiredTexts
{
    /// <summary>Slot naming the feature (its prefix) that asked the staff member to type something.</summary>
    internal const string AwaitingSlot = "staff-awaits";

    private readonly IReadOnlyList<IStaffFeature> _features = [.. features];

    public IEnumerable<string> Keys => ["staff.menu", "staff.stale", "staff.use-buttons", "staff.menu-button"];

    /// <summary>Makes the next typed text go to <paramref name="feature"/> (e.g. the text of a broadcast).</summary>
    public static void AwaitText(FlowContext context, IStaffFeature feature)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(feature);
        context.Conversation.Slots[AwaitingSlot] = feature.Prefix;
    }

    public async Task<bool> TryHandleAsync(InboundMessage message, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        if (staff.FindByChat(context.Chat) is not { } account)
        {
            return false;
        }

        context.Parent.Language = account.Language;
        replies.UseLanguage(account.Language);
        var text = message.Text?.Trim() ?? string.Empty;
        var awaiting = context.Conversation.Slots.GetValueOrDefault(AwaitingSlot);
        context.Conversation.Slots.Remove(AwaitingSlot);

        if (message.Kind == InboundKind.Button)
        {
            var feature = _features.FirstOrDefault(f => text.StartsWith(f.Prefix, StringComparison.Ordinal) && f.IsFor(account));
            if (feature is not null && await feature.HandleButtonAsync(text, account, context, replies, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            if (text != MenuValue)
            {
                replies.Say("staff.stale");
            }
        }
        else if (message.Kind == InboundKind.Text && !text.StartsWith('/') && text.Length > 0
            && _features.FirstOrDefault(f => f.Prefix == awaiting && f.IsFor(account)) is { } waiting)
        {
            await waiting.HandleTextAsync(text, account, context, replies, cancellationToken).ConfigureAwait(false);
            return true;
        }
        else if (message.Kind != InboundKind.Text || !text.StartsWith('/'))
        {
            replies.Say("staff.use-buttons");
        }

        ShowMenu(account, replies);
        return true;
    }

    /// <summary>The value of the "menu" button features put under their messages.</summary>
    public const string MenuValue = "st:menu";

    public static OutboundButton MenuButton(Replies replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        return new OutboundButton(replies.Label("staff.menu-button"), MenuValue);
    }

    public void ShowMenu(StaffAccount account, Replies replies)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(replies);
        var buttons = _features.Where(f => f.IsFor(account))
            .Select(f => (IReadOnlyList<OutboundButton>)[new OutboundButton(replies.Label(f.MenuLabel), f.Prefix + "menu")])
            .ToList();
        replies.Add(replies.Localizer.Text(replies.Language, "staff.menu", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = account.DisplayName,
        }), buttons, "staff:menu");
    }
}
