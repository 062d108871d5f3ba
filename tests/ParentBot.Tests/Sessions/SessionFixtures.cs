using ParentBot.Core.Places;
using ParentBot.Core.Sessions;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Tests.Sessions;

/// <summary>A venue, a mothers' group and its facilitator, stored through the real stores.</summary>
internal static class SessionFixtures
{
    public const string Organisation = "hvk-test";

    public static SessionSeries MothersGroup(IServiceProvider services, int capacity = 10, string code = "MAMA26", string? facilitatorChat = "tg:9001")
    {
        var venues = (VenueStore)services.GetService(typeof(VenueStore))!;
        venues.SaveOrganisation(new Organisation { Id = Organisation, Name = "Huis van het Kind Test" });
        venues.Save(new Venue
        {
            Id = "hvk-test-1", Name = "Huis van het Kind Test", Type = VenueType.FamilyCentre, Organisation = Organisation,
            Address = "Teststraat 1, 2800 Mechelen", Postcode = "2800", Municipality = "mechelen", Latitude = 51.03, Longitude = 4.48,
        });
        var staff = (StaffStore)services.GetService(typeof(StaffStore))!;
        staff.Add(new StaffAccount
        {
            Id = "fac-1", Email = "sara@example.org", DisplayName = "Sara", Organisation = Organisation, Role = StaffRole.Facilitator,
            Language = "nl", Chat = facilitatorChat,
        });
        var series = new SessionSeries
        {
            Id = "mama", Name = "Mama Leert", Organisation = Organisation, VenueId = "hvk-test-1", Facilitators = ["fac-1"],
            Days = [DayOfWeek.Tuesday, DayOfWeek.Thursday], Start = "09:00", End = "11:30",
            FirstDate = "2026-09-01", LastDate = "2027-06-30", Holidays = ["2026-12-22"], Capacity = capacity,
            Languages = ["ar", "nl"], InviteCode = code,
            Bring = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = "A drink for your child.", ["ar"] = "مشروب لطفلك." },
        };
        ((SeriesStore)services.GetService(typeof(SeriesStore))!).Save(series);
        return series;
    }
}
