using System.Globalization;
using ParentBot.Core.Staff;

namespace ParentBot.Web.Staff.Groups;

/// <summary>
/// A page of the Groups section: for facilitators and admins (those Core lets run a group). Every group id is
/// then loaded through <c>FacilitatedSeries</c>, so a group of another organisation, or one a facilitator does
/// not run, is "not found".
/// </summary>
public abstract class GroupsPage : StaffPage
{
    protected override bool Allows(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.CanFacilitate;
    }

    /// <summary>"dinsdag, donderdag": the weekdays in the given console language.</summary>
    public string DayNames(IEnumerable<DayOfWeek> days, string language) =>
        string.Join(", ", days.Order().Select(d => Localizer.CultureOf(language).DateTimeFormat.GetDayName(d)));

    /// <summary>A meeting date as staff read it: "dinsdag 24 november 2026".</summary>
    public string DateText(DateOnly date) => date.ToString("dddd d MMMM yyyy", Localizer.CultureOf(Language));

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
