using System.Globalization;
using ParentBot.Core.Localization;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Editing;

/// <summary>
/// Checks a group before it is saved: everything a parent would later read (days, times, dates, place) must
/// make sense, and the venue and facilitators must be the organisation's own. Problems are console text keys,
/// so the form can say each one in the staff member's language.
/// </summary>
public sealed class SeriesValidator(VenueStore venues, StaffStore staff, LanguageCatalog languages)
{
    public const int MaxNameLength = 80;
    public const int MaxBringLength = 300;
    public const int MaxCapacity = 200;
    private const string Prefix = "console.groups.problem.";

    public IReadOnlyList<string> Check(SeriesInput input, string organisation, int members)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<string>();
        void Add(string problem) => problems.Add(Prefix + problem);

        var name = input.Name.Trim();
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            Add(name.Length == 0 ? "name" : "name-long");
        }

        if (!venues.InOrganisation(organisation).Any(v => v.Id == input.VenueId))
        {
            Add("venue");
        }

        if (input.Facilitators.Any(id => staff.FindIn(id, organisation) is not { CanFacilitate: true }))
        {
            Add("facilitator");
        }

        CheckSchedule(input, Add);
        if (input.Capacity is not { } capacity || capacity < 1 || capacity > MaxCapacity)
        {
            Add("capacity");
        }
        else if (capacity < members)
        {
            Add("capacity-members");
        }

        if (input.Languages.Count == 0 || input.Languages.Any(l => !languages.TryGet(l, out _)))
        {
            Add("languages");
        }

        if (input.Bring.Any(b => !languages.TryGet(b.Key, out _) || b.Value.Trim().Length > MaxBringLength))
        {
            Add("bring");
        }

        // An empty list would mean "the default reminders" to the planner, not "none": ask for one instead.
        if (input.Reminders.Count == 0)
        {
            Add("reminder-none");
        }
        else if (input.Reminders.Any(r => !IsLead(r)))
        {
            Add("reminder");
        }

        return problems;
    }

    private static void CheckSchedule(SeriesInput input, Action<string> add)
    {
        if (input.Days.Count == 0)
        {
            add("days");
        }

        if (!IsTime(input.Start, out var start) || !IsTime(input.End, out var end))
        {
            add("time");
        }
        else if (end <= start)
        {
            add("end-before-start");
        }

        if (!IsDate(input.FirstDate, out var first) || !IsDate(input.LastDate, out var last))
        {
            add("date");
        }
        else if (last < first)
        {
            add("last-before-first");
        }
        else if (input.Days.Count > 0 && !HasMeeting(first, last, input.Days))
        {
            add("no-meeting");
        }
        else if (input.Holidays.Any(h => !IsDate(h, out var day) || day < first || day > last))
        {
            add("holiday");
        }
    }

    private static bool HasMeeting(DateOnly first, DateOnly last, IReadOnlyList<DayOfWeek> days)
    {
        // A week is enough to see every weekday once.
        for (var date = first; date <= last && date < first.AddDays(7); date = date.AddDays(1))
        {
            if (days.Contains(date.DayOfWeek))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static bool IsDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool IsLead(string text)
    {
        try
        {
            return ReminderLead.Parse(text) is { EveningAt: not null } or { MinutesBefore: <= 7 * 24 * 60 };
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
