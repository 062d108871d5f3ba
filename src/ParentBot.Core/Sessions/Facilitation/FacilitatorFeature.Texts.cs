namespace ParentBot.Core.Sessions.Facilitation;

/// <summary>The staff-facing texts (in <c>texts/facilitator/</c>, nl, fr and en) this feature says.</summary>
public sealed partial class FacilitatorFeature
{
    private static readonly string[] TextKeys =
    [
        .. new[]
        {
            "menu-button", "no-groups", "groups", "group", "who-button", "broadcast-button", "cancel-button", "status-button", "groups-button",
            "back-button", "too-long", "choose-template", "template-place", "template-bring", "template-free-time", "template-cancelled",
            "template-text", "ask-place", "ask-bring", "ask-text", "choose-date", "preview-in", "send-now", "send-later", "add-version", "discard",
            "preview-ask", "choose-time", "sent-now", "sent-later", "choose-language", "ask-version", "discarded", "cancel-choose", "no-dates",
            "cancel-confirm", "cancel-yes", "cancel-no", "cancel-done", "cancel-already", "no-next", "who-title", "who-coming", "who-cannot",
            "who-no-answer", "no-broadcast", "status-title", "parent-left", "status-queued", "status-sent", "status-failed", "status-unreachable",
            "refresh-button", "parent-n", "reason-sick-child", "reason-appointment", "reason-other",
            "members-button", "members-title", "remove-button", "remove-confirm", "remove-yes", "remove-no", "removed", "invite-button",
            "ask-invite-name", "invite-made",
        }.Select(k => "facilitator." + k),
        "staff.stale",
    ];
}
