using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Localization;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Editing;

namespace ParentBot.Web.Staff.Groups;

/// <summary>A new group in the staff member's organisation; a facilitator who makes one runs it.</summary>
public sealed class NewModel(SeriesEditor editor, BrusselsClock clock) : SeriesFormPage
{
    public void OnGet()
    {
        var today = clock.Today;
        Fields = SeriesFormFields.From(new SeriesInput
        {
            VenueId = Venues.Count > 0 ? Venues[0].Id : string.Empty,
            Facilitators = Me.Role == Core.Staff.StaffRole.Facilitator ? [Me.Id] : [],
            Start = "09:00",
            End = "11:30",
            FirstDate = SeriesSchedule.FormatDate(today),
            LastDate = SeriesSchedule.FormatDate(today.AddMonths(3)),
            Capacity = 12,
            Languages = [Me.Language],
            Reminders = [.. ReminderLead.Defaults.Select(l => l.Id)],
        });
    }

    public IActionResult OnPost([FromForm] SeriesFormFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var result = editor.Create(Me, fields.ToInput());
        if (result.Series is not { } group)
        {
            Fields = fields;
            Problems = result.Problems;
            return result.IsNotFound ? NotFound() : Page();
        }

        Audit(GroupAuditActions.SeriesCreated, group.Id);
        return Redirect($"/staff/groups/{Uri.EscapeDataString(group.Id)}?done=created");
    }
}
