using System.Globalization;
using ParentBot.Core.Calendar;
using ParentBot.Core.Places;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits;

/// <summary>
/// Staff change when a venue of their organisation receives taster visits: weekly hours, closed days and one-off
/// times (a Saturday morning for working parents). Bookings
/// are never touched: a visit booked at a time that is no longer in the hours keeps its place (staff see it as
/// still booked, and decide with the family). Another organisation's venue is "not found"; changes are audited.
/// </summary>
public sealed class VisitHoursEditor(VenueStore venues, VisitScheduleStore schedules, VisitBookingStore bookings, IAuditLog audit, TimeProvider time)
{
    public const string HoursEdited = "visit-hours.edit";
    public const string ClosedDaysEdited = "closed-days.edit";
    public const string OneOffEdited = "one-off-times.edit";
    private const int MaxNote = 200;
    private const int MaxFamilies = 50;

    /// <summary>The venue, if it is the account's organisation's and the account may change visit hours.</summary>
    public Venue? Venue(StaffAccount actor, string venueId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.CanReviewVisits && venues.Find(venueId) is { } venue && venue.Organisation == actor.Organisation ? venue : null;
    }

    /// <summary>The venue's schedule (empty when it has none yet), or null for a venue the account may not see.</summary>
    public VisitSchedule? Schedule(StaffAccount actor, string venueId) =>
        Venue(actor, venueId) is null ? null : schedules.Find(venueId) ?? new VisitSchedule { Id = venueId };

    /// <summary>Visits that hold a place at the venue, soonest first, each marked whether its time is still in the hours.</summary>
    public IReadOnlyList<HeldVisit> Held(StaffAccount actor, string venueId)
    {
        if (Schedule(actor, venueId) is not { } schedule)
        {
            return [];
        }

        return [.. bookings.InOrganisation(actor.Organisation).Where(b => b.VenueId == venueId && b.Holds)
            .OrderBy(b => b.StartUtc).Select(b => new HeldVisit(b, VisitSlotCalculator.Find(schedule, b.SlotKey) is not null))];
    }

    /// <summary>An id for one line of weekly hours, for the "remove" button.</summary>
    public static string KeyOf(WeeklyVisitHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return string.Join('-', (int)hours.Day, hours.From, hours.Until, hours.Minutes, hours.Families);
    }

    public EditResult AddWeekly(StaffAccount actor, string venueId, WeeklyHoursInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Venue(actor, venueId) is null)
        {
            return EditResult.NotFound;
        }

        if (WeeklyHoursCheck.Parse(input, out var hours) is { } problem)
        {
            return EditResult.Refused(problem);
        }

        var overlaps = false;
        schedules.Change(venueId, schedule =>
        {
            overlaps = schedule.Weekly.Any(h => WeeklyHoursCheck.Overlap(h, hours));
            if (!overlaps)
            {
                schedule.Weekly.Add(hours);
                schedule.Weekly.Sort((a, b) => (DayIndex(a.Day), a.From).CompareTo((DayIndex(b.Day), b.From)));
            }

            return !overlaps;
        });
        return overlaps ? EditResult.Refused(new EditProblem("from", "console.hours.problem.overlap")) : Audited(actor, HoursEdited, venueId);
    }

    public EditResult RemoveWeekly(StaffAccount actor, string venueId, string key) =>
        Venue(actor, venueId) is null || !schedules.Change(venueId, s => s.Weekly.RemoveAll(h => KeyOf(h) == key) > 0)
            ? EditResult.NotFound
            : Audited(actor, HoursEdited, venueId);

    public EditResult AddClosed(StaffAccount actor, string venueId, ClosedDayInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Venue(actor, venueId) is null)
        {
            return EditResult.NotFound;
        }

        var note = input.Note?.Trim() ?? string.Empty;
        if (VisitSlotCalculator.ParseDay(input.Date?.Trim() ?? string.Empty) is not { } day)
        {
            return EditResult.Refused(new EditProblem("date", "console.hours.problem.date"));
        }

        if (day < BrusselsLocalTime.DayOf(time.GetUtcNow()))
        {
            return EditResult.Refused(new EditProblem("date", "console.hours.problem.date-past"));
        }

        if (note.Length > MaxNote)
        {
            return EditResult.Refused(new EditProblem("note", "console.hours.problem.note-long"));
        }

        var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        schedules.Change(venueId, schedule =>
        {
            if (!schedule.Closed.Contains(text, StringComparer.Ordinal))
            {
                schedule.Closed.Add(text);
                schedule.Closed.Sort(StringComparer.Ordinal);
            }

            schedule.ClosedNotes.Remove(text);
            if (note.Length > 0)
            {
                schedule.ClosedNotes[text] = note;
            }

            return true;
        });
        return Audited(actor, ClosedDaysEdited, venueId);
    }

    /// <summary>Opens a closed day again (its note goes with it: both are removed, hence <c>|</c>, not <c>||</c>).</summary>
    public EditResult RemoveClosed(StaffAccount actor, string venueId, string date) =>
        Venue(actor, venueId) is null || !schedules.Change(venueId, s => s.Closed.Remove(date) | s.ClosedNotes.Remove(date))
            ? EditResult.NotFound
            : Audited(actor, ClosedDaysEdited, venueId);

    /// <summary>Adds a single visit time on one date; refused when it is past or the same start is already there.</summary>
    public EditResult AddOneOff(StaffAccount actor, string venueId, OneOffTimeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Venue(actor, venueId) is null)
        {
            return EditResult.NotFound;
        }

        if (OneOffCheck.Parse(input, out var oneOff) is { } problem)
        {
            return EditResult.Refused(problem);
        }

        if (!VisitSlotCalculator.TryParseOneOff(oneOff.Start, out var wall) || BrusselsLocalTime.ToInstant(wall) <= time.GetUtcNow())
        {
            return EditResult.Refused(new EditProblem("date", "console.hours.problem.date-past"));
        }

        var duplicate = false;
        schedules.Change(venueId, schedule =>
        {
            duplicate = schedule.OneOff.Any(o => o.Start == oneOff.Start);
            if (!duplicate)
            {
                schedule.OneOff.Add(oneOff);
                schedule.OneOff.Sort((a, b) => string.CompareOrdinal(a.Start, b.Start));
            }

            return !duplicate;
        });
        return duplicate ? EditResult.Refused(new EditProblem("time", "console.hours.problem.one-off-twice")) : Audited(actor, OneOffEdited, venueId);
    }

    /// <summary>Takes a one-off time away; a visit already booked at it keeps its place, like for weekly hours.</summary>
    public EditResult RemoveOneOff(StaffAccount actor, string venueId, string start) =>
        Venue(actor, venueId) is null || !schedules.Change(venueId, s => s.OneOff.RemoveAll(o => o.Start == start) > 0)
            ? EditResult.NotFound
            : Audited(actor, OneOffEdited, venueId);

    /// <summary>Monday first, as weeks are read in Belgium.</summary>
    private static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    private EditResult Audited(StaffAccount actor, string action, string venueId)
    {
        audit.Record(actor.Id, actor.Organisation, action, venueId);
        return EditResult.Saved;
    }

    /// <summary>The checks of a one-off time, with the console text that explains each refusal.</summary>
    private static class OneOffCheck
    {
        public static EditProblem? Parse(OneOffTimeInput input, out OneOffVisitTime time)
        {
            time = new OneOffVisitTime();
            if (VisitSlotCalculator.ParseDay(input.Date?.Trim() ?? string.Empty) is not { } day)
            {
                return new EditProblem("date", "console.hours.problem.date");
            }

            if (!VisitSlotCalculator.TryParseTime(input.Time?.Trim() ?? string.Empty, out var start))
            {
                return new EditProblem("time", "console.hours.problem.time");
            }

            if (!int.TryParse(input.Minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 10 or > 240)
            {
                return new EditProblem("minutes", "console.hours.problem.minutes");
            }

            if (!int.TryParse(input.Families, NumberStyles.None, CultureInfo.InvariantCulture, out var families) || families is < 1 or > MaxFamilies)
            {
                return new EditProblem("families", "console.hours.problem.families");
            }

            // A visit that would run past midnight is not a visit anyone would offer; it also keeps the day plain.
            if ((TimeOnly.MaxValue - start).TotalMinutes < minutes)
            {
                return new EditProblem("time", "console.hours.problem.order");
            }

            time = new OneOffVisitTime
            {
                Start = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + start.ToString("HH:mm", CultureInfo.InvariantCulture),
                Minutes = minutes,
                Families = families,
            };
            return null;
        }
    }

    /// <summary>The checks of one line of weekly hours, with the console text that explains each refusal.</summary>
    private static class WeeklyHoursCheck
    {
        public static EditProblem? Parse(WeeklyHoursInput input, out WeeklyVisitHours hours)
        {
            hours = new WeeklyVisitHours();
            if (!Enum.TryParse<DayOfWeek>(input.Day, ignoreCase: true, out var day) || !Enum.IsDefined(day) || int.TryParse(input.Day, out _))
            {
                return new EditProblem("day", "console.hours.problem.day");
            }

            if (!VisitSlotCalculator.TryParseTime(input.From?.Trim() ?? string.Empty, out var from)
                || !VisitSlotCalculator.TryParseTime(input.Until?.Trim() ?? string.Empty, out var until))
            {
                return new EditProblem("from", "console.hours.problem.time");
            }

            if (!int.TryParse(input.Minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 10 or > 240)
            {
                return new EditProblem("minutes", "console.hours.problem.minutes");
            }

            if (!int.TryParse(input.Families, NumberStyles.None, CultureInfo.InvariantCulture, out var families) || families is < 1 or > MaxFamilies)
            {
                return new EditProblem("families", "console.hours.problem.families");
            }

            // TimeOnly arithmetic wraps at midnight: compare the span, not from + minutes.
            if (from >= until || (until - from).TotalMinutes < minutes)
            {
                return new EditProblem("until", "console.hours.problem.order");
            }

            hours = new WeeklyVisitHours { Day = day, From = from.ToString("HH:mm", CultureInfo.InvariantCulture), Until = until.ToString("HH:mm", CultureInfo.InvariantCulture), Minutes = minutes, Families = families };
            return null;
        }

        public static bool Overlap(WeeklyVisitHours a, WeeklyVisitHours b) =>
            a.Day == b.Day && string.CompareOrdinal(a.From, b.Until) < 0 && string.CompareOrdinal(b.From, a.Until) < 0;
    }
}
