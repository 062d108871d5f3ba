using ParentBot.Core.Dialogs;

namespace ParentBot.Core.Sessions;

/// <summary>The session texts the C# code says directly (flows name their own).</summary>
internal sealed class SessionTexts : IRequiredTexts
{
    public IEnumerable<string> Keys =>
    [
        "sessions.no-more-dates", "sessions.date-cancelled-line", "sessions.join-unknown", "sessions.full",
        "sessions.reminder-evening", "sessions.reminder-soon", "sessions.bring-line", "sessions.coming-button", "sessions.cant-come-button",
        "sessions.see-you", "sessions.cant-come-thanks", "sessions.reason-sick", "sessions.reason-appointment", "sessions.reason-other",
        "sessions.reason-skip", "sessions.reason-thanks", "sessions.answer-too-late", "sessions.no-groups", "sessions.group-line",
        "sessions.reminders-on", "sessions.reminders-paused", "sessions.removed", "sessions.mydata", "sessions-staff.cant-come", "sessions-staff.cant-come-reason",
        "sessions-staff.no-name", "sessions-staff.reason-sick", "sessions-staff.reason-appointment", "sessions-staff.reason-other",
    ];
}
