using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Sessions;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Tests.Broadcasts;

/// <summary>A mothers' group of organisation A (Mon, Tue, Thu 9:00–11:30 for the school year), its facilitator, and parents.</summary>
internal static class GroupFixture
{
    public const string OrgA = "org-a";
    public const string OrgB = "org-b";
    public const string SeriesId = "mama-leert";

    /// <summary>Tuesday 24 November 2026, the day after the fake clock's start (Monday 23 November, 10:00 in Brussels).</summary>
    public const string Tuesday = "20261124";

    public static SessionSeries Series(string id = SeriesId, string organisation = OrgA, params string[] facilitators) => new()
    {
        Id = id,
        Name = "Mama Leert",
        Organisation = organisation,
        VenueId = "v-1",
        Facilitators = [.. facilitators],
        Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday],
        Start = "09:00",
        End = "11:30",
        FirstDate = "2026-09-01",
        LastDate = "2027-06-30",
        Capacity = 20,
        Languages = ["ar", "uk"],
        InviteCode = "MAMA" + id.Length,
    };

    public static StaffAccount StaffMember(string id, string organisation, long chat, StaffRole role = StaffRole.Facilitator, string language = "en") => new()
    {
        Id = id,
        Email = id + "@example.org",
        DisplayName = "Sara " + id,
        Organisation = organisation,
        Role = role,
        Language = language,
        Chat = ChatKey.ForTelegram(chat).ToString(),
    };

    public static void Add(IServiceProvider services, SessionSeries series, params StaffAccount[] staff)
    {
        services.GetRequiredService<SeriesStore>().Save(series);
        foreach (var account in staff)
        {
            Assert.True(services.GetRequiredService<StaffStore>().Add(account));
        }
    }

    /// <summary>A parent who chose <paramref name="language"/>, enrolled in the group.</summary>
    public static ChatKey Parent(IServiceProvider services, SessionSeries series, long chat, string language, string? name = null)
    {
        var key = ChatKey.ForTelegram(chat);
        services.GetRequiredService<ParentStore>().Save(new ParentRecord { Id = key.ToString(), Channel = key.Channel, Language = language });
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        Assert.Equal(EnrolResult.Enrolled, services.GetRequiredService<EnrolmentStore>().Enrol(series, key, name, now));
        return key;
    }
}
