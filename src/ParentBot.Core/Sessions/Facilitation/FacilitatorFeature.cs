using ParentBot.Core.Conversations;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Staff;

namespace ParentBot.Core.Sessions.Facilitation;

/// <summary>
/// "My groups" in the staff menu on Telegram: per group, who comes next time, broadcast, cancel a date, and the
/// delivery of the last broadcast. Button values carry ids only (<c>sg:&lt;verb&gt;:&lt;id&gt;…</c>); every id is
/// looked up through the account's organisation and groups, so a stale or forged value is refused.
/// </summary>
public sealed partial class FacilitatorFeature(
    FacilitatedSeries groups,
    WhoIsComing who,
    BroadcastService broadcasts,
    SessionCancellation cancellation,
    GroupMembership membership,
    GroupRecipients recipients,
    TimeProvider time)
    : IStaffFeature, IRequiredTexts
{
    /// <summary>What the typed text is for: <c>place|bring|text:&lt;series&gt;</c> or <c>version:&lt;broadcast&gt;:&lt;lang&gt;</c>.</summary>
    internal const string AwaitSlot = "sg-await";

    public string Prefix => "sg:";

    public string MenuLabel => "facilitator.menu-button";

    public bool IsFor(StaffAccount account) => account is { CanFacilitate: true };

    public IEnumerable<string> Keys => TextKeys;

    public Task<bool> HandleButtonAsync(string value, StaffAccount account, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(context);
        context.Conversation.Slots.Remove(AwaitSlot);
        var parts = value[Prefix.Length..].Split(':');
        var handled = parts switch
        {
            ["menu"] => ShowGroups(account, replies),
            ["g", var id] => ShowGroup(account, id, replies),
            ["w", var id] => ShowWhoComes(account, id, replies),
            ["s", var id] => ShowLatestStatus(account, id, replies),
            ["bst", var id] => ShowStatus(account, id, replies),
            ["b", var id] => ShowTemplates(account, id, replies),
            ["t", var id, var kind] => AskDetail(account, id, kind, context, replies),
            ["p", var id] => ShowFreeTimeDates(account, id, replies),
            ["pd", var id, var date] => DraftFreeTime(account, id, date, replies),
            ["bs", var id] => SendNow(account, id, replies),
            ["bl", var id] => ShowSendTimes(account, id, replies),
            ["bw", var id, var at] => SendAt(account, id, at, replies),
            ["ba", var id] => ShowVersionLanguages(account, id, replies),
            ["bv", var id, var language] => AskVersion(account, id, language, context, replies),
            ["bx", var id] => Discard(account, id, replies),
            ["c", var id] => ShowCancelDates(account, id, replies),
            ["cd", var id, var date] => ConfirmCancel(account, id, date, replies),
            ["cy", var id, var date] => Cancel(account, id, date, replies),
            ["m", var id] => ShowMembers(account, id, replies),
            ["mr", var id, var stamp] => ConfirmRemove(account, id, stamp, replies),
            ["my", var id, var stamp] => Remove(account, id, stamp, replies),
            ["i", var id] => AskInviteName(account, id, context, replies),
            _ => false,
        };
        return Task.FromResult(handled);
    }

    public Task HandleTextAsync(string text, StaffAccount account, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        var awaiting = context.Conversation.Slots.GetValueOrDefault(AwaitSlot) ?? string.Empty;
        context.Conversation.Slots.Remove(AwaitSlot);
        if (text.Length > BroadcastService.MaxTextLength)
        {
            replies.Say("facilitator.too-long", Values(("max", BroadcastService.MaxTextLength.ToString(replies.Localizer.CultureOf(replies.Language)))));
            Await(context, awaiting);
            return Task.CompletedTask;
        }

        var handled = awaiting.Split(':') switch
        {
            ["place", var id] => DraftAndPreview(account, id, BroadcastTemplate.PlaceChanged, text, replies),
            ["bring", var id] => DraftAndPreview(account, id, BroadcastTemplate.BringSomething, text, replies),
            ["text", var id] => DraftAndPreview(account, id, BroadcastTemplate.FreeText, text, replies),
            ["invite", var id] => Invite(account, id, text, replies),
            ["version", var id, var language] => broadcasts.AddVersion(account, id, language, text) && ShowPreview(account, id, replies),
            _ => false,
        };
        if (!handled)
        {
            replies.Say("staff.stale");
            ShowGroups(account, replies);
        }

        return Task.CompletedTask;
    }

    private void Await(FlowContext context, string what)
    {
        StaffChat.AwaitText(context, this);
        context.Conversation.Slots[AwaitSlot] = what;
    }

    private bool ShowGroups(StaffAccount account, Replies replies)
    {
        var mine = groups.Of(account);
        if (mine.Count == 0)
        {
            replies.Add(replies.Label("facilitator.no-groups"), [[StaffChat.MenuButton(replies)]], "staff:sg:groups");
            return true;
        }

        var rows = mine.Select(s => Row(new OutboundButton(s.Name, "sg:g:" + s.Id))).Append(Row(StaffChat.MenuButton(replies))).ToList();
        replies.Add(replies.Label("facilitator.groups"), rows, "staff:sg:groups");
        return true;
    }

    private bool ShowGroup(StaffAccount account, string seriesId, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series)
        {
            return false;
        }

        replies.Add(
            Text(replies, "facilitator.group", ("group", series.Name)),
            [
                Row(new OutboundButton(replies.Label("facilitator.who-button"), "sg:w:" + series.Id)),
                Row(new OutboundButton(replies.Label("facilitator.broadcast-button"), "sg:b:" + series.Id)),
                Row(new OutboundButton(replies.Label("facilitator.cancel-button"), "sg:c:" + series.Id)),
                Row(new OutboundButton(replies.Label("facilitator.status-button"), "sg:s:" + series.Id)),
                Row(new OutboundButton(replies.Label("facilitator.members-button"), "sg:m:" + series.Id)),
                Row(new OutboundButton(replies.Label("facilitator.groups-button"), "sg:menu")),
            ],
            "staff:sg:group");
        return true;
    }

    private static IReadOnlyList<OutboundButton> Row(OutboundButton button) => [button];

    private static OutboundButton BackTo(Replies replies, string seriesId) => new(replies.Label("facilitator.back-button"), "sg:g:" + seriesId);

    private static string Text(Replies replies, string key, params (string Key, string Value)[] values) =>
        replies.Localizer.Text(replies.Language, key, Values(values));

    private static Dictionary<string, string> Values(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static string When(Replies replies, DateTimeOffset instant) =>
        replies.Localizer.Date(replies.Language, instant) + " " + replies.Localizer.Time(replies.Language, instant);

    private DateTimeOffset Now => time.GetUtcNow();
}
