using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Places;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Visits;

/// <summary>
/// Two organisations with a venue each and staff linked on Telegram. The fake clock starts on Monday 23 November
/// 2026, 10:00 in Brussels; with 48 hours' notice the first free time is Wednesday 25 November, 14:00.
/// </summary>
public static class VisitTestData
{
    public const string Zonneke = "zonneke";
    public const string Regenboog = "regenboog";
    public const string KleineWereld = "kleine-wereld";
    public const string FirstTime = "202611251400";
    public const string SecondTime = "202611251430";
    public const long SaraChat = 900;
    public const long GentChat = 901;
    public const long FacilitatorChat = 902;

    public static StaffAccount Sara(IServiceProvider services) => services.GetRequiredService<StaffStore>().Find("sara")!;

    public static StaffAccount Gent(IServiceProvider services) => services.GetRequiredService<StaffStore>().Find("gent")!;

    /// <summary>Zonneke (childcare, Mechelen): Wednesdays 14:00–16:00, 30 minutes, <paramref name="families"/> families each.</summary>
    public static void Seed(IServiceProvider services, int families = 2)
    {
        var venues = services.GetRequiredService<VenueStore>();
        venues.SaveOrganisation(new Organisation { Id = "org-mechelen", Name = "Huis van het Kind Mechelen" });
        venues.SaveOrganisation(new Organisation { Id = "org-gent", Name = "Huis van het Kind Gent" });
        venues.Save(Venue(Zonneke, "Kinderopvang 't Zonneke", VenueType.Childcare, "org-mechelen", "mechelen", 51.0236, 4.4712, 3, 36));
        venues.Save(Venue(Regenboog, "Kleuterschool De Regenboog", VenueType.Preschool, "org-mechelen", "mechelen", 51.0309, 4.4858, 30, 72));
        venues.Save(Venue("hvk-mechelen", "Huis van het Kind Mechelen", VenueType.FamilyCentre, "org-mechelen", "mechelen", 51.0281, 4.4803, 0, 72));
        venues.Save(Venue(KleineWereld, "Kinderopvang De Kleine Wereld", VenueType.Childcare, "org-gent", "gent", 51.05, 3.73, 2, 36));
        var schedules = services.GetRequiredService<VisitScheduleStore>();
        schedules.Save(Weekly(Zonneke, DayOfWeek.Wednesday, "14:00", "16:00", families));
        schedules.Save(Weekly(Regenboog, DayOfWeek.Tuesday, "10:00", "11:00", 1));
        schedules.Save(Weekly(KleineWereld, DayOfWeek.Thursday, "09:00", "10:00", 1));
        var staff = services.GetRequiredService<StaffStore>();
        staff.Add(Account("sara", "sara@mechelen.test", "Sara", "org-mechelen", StaffRole.Staff, SaraChat, "nl"));
        staff.Add(Account("gent", "an@gent.test", "An", "org-gent", StaffRole.Admin, GentChat, "en"));
        staff.Add(Account("facilitator", "fien@mechelen.test", "Fien", "org-mechelen", StaffRole.Facilitator, FacilitatorChat, "en"));
    }

    public static VisitSchedule Weekly(string venue, DayOfWeek day, string from, string until, int families) => new()
    {
        Id = venue,
        Weekly = [new WeeklyVisitHours { Day = day, From = from, Until = until, Minutes = 30, Families = families }],
    };

    /// <summary>Walks the booking flow to the summary, choosing Zonneke, a child born in March 2025 and <paramref name="time"/>.</summary>
    public static async Task<IReadOnlyList<OutboundMessage>> ToSummaryAsync(EngineWorld world, ChatKey chat, string time = FirstTime, string needs = "none")
    {
        var replies = await world.SendAsync(chat, "/menu");
        foreach (var choice in new[] { ":menu:book-visit", ":childcare", ":mechelen", ":" + Zonneke, ":venue-info:go", ":2025", ":2025-03", ":" + time, ":" + needs })
        {
            replies = await world.PressAsync(chat, replies.Button(choice).Value);
        }

        return replies;
    }

    public static async Task<IReadOnlyList<OutboundMessage>> BookAsync(EngineWorld world, ChatKey chat, string time = FirstTime, string needs = "none")
    {
        var summary = await ToSummaryAsync(world, chat, time, needs);
        return await world.PressAsync(chat, summary.Button(":confirm:send").Value);
    }

    private static Venue Venue(string id, string name, VenueType type, string organisation, string town, double lat, double lon, int min, int max) => new()
    {
        Id = id, Name = name, Type = type, Organisation = organisation, Municipality = town, Latitude = lat, Longitude = lon,
        Address = name + " street 1", Postcode = "2800", Languages = ["nl", "fr"], MinAgeMonths = min, MaxAgeMonths = max,
        Description = new(StringComparer.Ordinal) { ["en"] = "A place for children.", ["nl"] = "Een plek voor kinderen." },
        Accessibility = new(StringComparer.Ordinal) { ["en"] = "Step-free entrance." },
    };

    private static StaffAccount Account(string id, string email, string name, string organisation, StaffRole role, long chat, string language) => new()
    {
        Id = id, Email = email, DisplayName = name, Organisation = organisation, Role = role,
        Chat = ChatKey.ForTelegram(chat).ToString(), Language = language,
    };
}
