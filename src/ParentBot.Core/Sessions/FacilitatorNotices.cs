using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions;

/// <summary>
/// Tells a group's facilitators at once when a parent cannot come, in the facilitator's language, through
/// the outbox. Only the name the parent chose to give is shown. Facilitators without a linked chat see it in
/// the console's attendance list instead.
/// </summary>
public sealed class FacilitatorNotices(StaffStore staff, OutboxWriter outbox, Localizer localizer)
{
    public void CantCome(SessionSeries series, Occurrence occurrence, Enrolment enrolment, AbsenceReason? reason)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(enrolment);
        foreach (var account in series.Facilitators.Select(staff.Find).OfType<Staff.StaffAccount>()
                     .Where(a => a.Organisation == series.Organisation && a.Chat is not null))
        {
            var language = account.Language;
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["name"] = string.IsNullOrEmpty(enrolment.Name) ? localizer.Text(language, "sessions-staff.no-name") : enrolment.Name,
                ["group"] = series.Name,
                ["date"] = localizer.Date(language, occurrence.StartUtc),
            };
            var key = reason is null ? "sessions-staff.cant-come" : "sessions-staff.cant-come-reason";
            if (reason is { } r)
            {
                values["reason"] = localizer.Text(language, "sessions-staff.reason-" + ReasonKey(r));
            }

            var message = new OutboundMessage(localizer.Text(language, key, values), localizer.DirectionOf(language), [], "notice:cant-come");
            var id = $"cant:{series.Id}:{occurrence.DateKey}:{enrolment.Chat}:{account.Id}:{(reason is null ? "0" : ReasonKey(reason.Value))}";
            outbox.Enqueue(ChatKey.Parse(account.Chat!), message, id);
        }
    }

    public static string ReasonKey(AbsenceReason reason) => reason switch
    {
        AbsenceReason.SickChild => "sick",
        AbsenceReason.Appointment => "appointment",
        _ => "other",
    };
}
