using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Places;
using ParentBot.Core.Visits;
using ParentBot.Web.Staff.Visits;

namespace ParentBot.Web.Staff.Venues;

/// <summary>
/// When a venue receives taster visits: weekly hours, closed days and one-off times, the visits booked there (a visit whose time is
/// no longer in the hours stays booked and says so), and the times parents can choose now.
/// </summary>
public sealed class HoursModel(VisitHoursEditor editor, VisitSlots slots) : VisitStaffPage
{
    private const int TimesShown = 12;

    public Venue? Venue { get; private set; }

    public VisitSchedule Schedule { get; private set; } = new();

    public IReadOnlyList<HeldVisit> Booked { get; private set; } = [];

    public IReadOnlyList<VisitSlot> FreeTimes { get; private set; } = [];

    public IReadOnlyList<EditProblem> Problems { get; private set; } = [];

    public bool Saved { get; private set; }

    public WeeklyHoursInput Weekly { get; private set; } = new(nameof(DayOfWeek.Monday), "09:00", "12:00", "30", "1");

    public ClosedDayInput ClosedDay { get; private set; } = new(null, null);

    public OneOffTimeInput OneOff { get; private set; } = new(null, "10:00", "30", "1");

    /// <summary>Monday first, as weeks are read in Belgium.</summary>
    public static IReadOnlyList<DayOfWeek> Days { get; } = [.. Enum.GetValues<DayOfWeek>().Skip(1), DayOfWeek.Sunday];

    public IActionResult OnGet(string id, string? done)
    {
        Saved = done == "saved";
        return Show(id);
    }

    public IActionResult OnPostAddWeekly(string id, string? day, string? from, string? until, string? minutes, string? families)
    {
        var input = new WeeklyHoursInput(day, from, until, minutes, families);
        return Done(id, editor.AddWeekly(Me, id, input), () => Weekly = input);
    }

    public IActionResult OnPostRemoveWeekly(string id, string? key) => Done(id, editor.RemoveWeekly(Me, id, key ?? string.Empty), () => { });

    public IActionResult OnPostAddClosed(string id, string? date, string? note)
    {
        var input = new ClosedDayInput(date, note);
        return Done(id, editor.AddClosed(Me, id, input), () => ClosedDay = input);
    }

    public IActionResult OnPostAddOneOff(string id, string? date, string? time, string? minutes, string? families)
    {
        var input = new OneOffTimeInput(date, time, minutes, families);
        return Done(id, editor.AddOneOff(Me, id, input), () => OneOff = input);
    }

    public IActionResult OnPostRemoveOneOff(string id, string? start) => Done(id, editor.RemoveOneOff(Me, id, start ?? string.Empty), () => { });

    /// <summary>"Saturday 5 December 2026, 10:00" for a one-off time (a name starting with "On" would make it a page handler).</summary>
    public string TextOfOneOff(OneOffVisitTime oneOff)
    {
        ArgumentNullException.ThrowIfNull(oneOff);
        return VisitSlotCalculator.TryParseOneOff(oneOff.Start, out var wall)
            ? wall.ToString("dddd d MMMM yyyy, HH:mm", Localizer.CultureOf(Language))
            : oneOff.Start;
    }

    public IActionResult OnPostRemoveClosed(string id, string? date) => Done(id, editor.RemoveClosed(Me, id, date ?? string.Empty), () => { });

    public string DayName(DayOfWeek day) => Localizer.CultureOf(Language).DateTimeFormat.GetDayName(day);

    /// <summary>"Friday 25 December 2026" for a closed day.</summary>
    public string DayText(string day) =>
        VisitSlotCalculator.ParseDay(day) is { } date ? date.ToString("dddd d MMMM yyyy", Localizer.CultureOf(Language)) : day;

    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field) is { } p ? T(p.TextKey) : null;

    private IActionResult Done(string id, EditResult result, Action keepInput)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.IsSaved)
        {
            return Redirect($"/staff/venues/{Uri.EscapeDataString(id)}/hours?done=saved");
        }

        keepInput();
        Problems = result.Problems;
        return Show(id);
    }

    private IActionResult Show(string id)
    {
        Venue = editor.Venue(Me, id);
        if (Venue is null || editor.Schedule(Me, id) is not { } schedule)
        {
            return NotFound();
        }

        Schedule = schedule;
        Booked = editor.Held(Me, id);
        FreeTimes = [.. slots.Free(id).Take(TimesShown)];
        return Page();
    }
}
