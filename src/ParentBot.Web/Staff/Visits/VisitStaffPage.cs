using ParentBot.Core.Staff;
using ParentBot.Core.Visits;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Web.Staff.Visits;

/// <summary>
/// A console page about visits and venues: for admins and staff (those who review visits), never facilitators.
/// Says a request's facts the way staff read them: time in Brussels, the child's age, needs, the parent's language
/// by name — never anything the parent wrote.
/// </summary>
public abstract class VisitStaffPage : StaffPage
{
    protected override bool Allows(StaffAccount account) => account.CanReviewVisits;

    /// <summary>"Wednesday 25 November 2026, 14:00" (Gregorian, Brussels time).</summary>
    public string VisitTime(DateTimeOffset start) =>
        T("console.visits.time", ("date", Localizer.Date(Language, start)), ("time", Localizer.Time(Language, start)));

    /// <summary>The child's age at the visit: "11 months", "2 years 3 months", or "not born yet".</summary>
    public string Child(VisitBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (booking.Birth is null)
        {
            return "–";
        }

        var months = VisitFormat.MonthsOld(booking.Birth, booking.Start);
        var culture = Localizer.CultureOf(Language);
        return months switch
        {
            < 0 => T("console.visits.child.due"),
            < 24 => T("console.visits.child.months", ("count", months.ToString(culture))),
            _ => T("console.visits.child.years", ("years", (months / 12).ToString(culture)), ("months", (months % 12).ToString(culture))),
        };
    }

    public string Needs(VisitBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return T("console.visits.need." + booking.Needs);
    }

    /// <summary>"Arabic · العربية (ar)": in the staff member's language, and as the parent writes it.</summary>
    public string ParentLanguage(string code) => $"{T("visits-staff.language." + code)} · {LanguageName(code)}";

    public string StatusName(VisitStatus status) => T("console.visits.state." + status.ToString().ToLowerInvariant());
}
