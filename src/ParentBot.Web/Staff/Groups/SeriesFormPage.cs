using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Places;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff.Groups;

/// <summary>What the new-group and edit-group pages share: the form's fields, its choices and its problems.</summary>
public abstract class SeriesFormPage : GroupsPage
{
    public SeriesFormFields Fields { get; protected set; } = new();

    public IReadOnlyList<string> Problems { get; protected set; } = [];

    /// <summary>The organisation's venues: a group meets at one of them.</summary>
    public IReadOnlyList<Venue> Venues => HttpContext.RequestServices.GetRequiredService<VenueStore>().InOrganisation(Me.Organisation);

    /// <summary>The organisation's accounts that may run a group.</summary>
    public IReadOnlyList<StaffAccount> Facilitators =>
        [.. HttpContext.RequestServices.GetRequiredService<StaffStore>().InOrganisation(Me.Organisation).Where(a => a.CanFacilitate)];

    public IEnumerable<string> LanguageCodes => Localizer.Languages.All.Select(l => l.Code);

    public static IEnumerable<DayOfWeek> Week =>
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public string DayName(DayOfWeek day) => Localizer.CultureOf(Language).DateTimeFormat.GetDayName(day);
}
