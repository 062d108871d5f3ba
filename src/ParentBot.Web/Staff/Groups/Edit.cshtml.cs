using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Sessions.Editing;
using ParentBot.Core.Sessions.Facilitation;

namespace ParentBot.Web.Staff.Groups;

/// <summary>Changing a group's details; its code, cancelled dates and members stay.</summary>
public sealed class EditModel(SeriesEditor editor, FacilitatedSeries groups) : SeriesFormPage
{
    public string Id { get; private set; } = string.Empty;

    public IActionResult OnGet(string id)
    {
        if (groups.Find(Me, id) is not { } group)
        {
            return NotFound();
        }

        Id = group.Id;
        Fields = SeriesFormFields.From(SeriesInput.From(group));
        return Page();
    }

    public IActionResult OnPost(string id, [FromForm] SeriesFormFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var result = editor.Update(Me, id, fields.ToInput());
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Series is not { } group)
        {
            Id = id;
            Fields = fields;
            Problems = result.Problems;
            return Page();
        }

        Audit(GroupAuditActions.SeriesEdited, group.Id);
        return Redirect($"/staff/groups/{Uri.EscapeDataString(group.Id)}?done=saved");
    }
}
