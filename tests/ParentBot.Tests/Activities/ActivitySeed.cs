using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Activities;
using ParentBot.Core.Conversations;
using ParentBot.Core.Places;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Activities;

/// <summary>Venues in Mechelen, Lier and Gent and activities a test describes, written through the real stores.</summary>
internal static class ActivitySeed
{
    public const string MechelenVenue = "t-mech";
    public const string LierVenue = "t-lier";
    public const string GentVenue = "t-gent";

    public static void Venues(IServiceProvider services)
    {
        var venues = services.GetRequiredService<VenueStore>();
        venues.Save(Venue(MechelenVenue, "Huis van het Kind Mechelen (test)", "mechelen", "2800", 51.0281, 4.4803));
        venues.Save(Venue(LierVenue, "Huis van het Kind Lier (test)", "lier", "2500", 51.1300, 4.5690));
        venues.Save(Venue(GentVenue, "Huis van het Kind Gent (test)", "gent", "9000", 51.0560, 3.7200));
    }

    public static Activity Weekly(
        IServiceProvider services, string id, string venue, DayOfWeek[] days, string start = "09:30", string end = "11:00", int minAge = 0, int maxAge = 72) =>
        Save(services, new Activity
        {
            Id = id,
            Venue = venue,
            DutchName = "Speelgroep " + id,
            Title = new(StringComparer.Ordinal) { ["en"] = "Playgroup " + id, ["ar"] = "مجموعة لعب " + id },
            Description = new(StringComparer.Ordinal) { ["en"] = "Play together." },
            Weekdays = [.. days],
            FirstDate = "2026-01-01",
            LastDate = "2028-12-31",
            Start = start,
            End = end,
            MinAgeMonths = minAge,
            MaxAgeMonths = maxAge,
        });

    public static Activity Once(IServiceProvider services, string id, string venue, string date, string start = "10:00", string end = "11:30") =>
        Save(services, new Activity
        {
            Id = id,
            Venue = venue,
            DutchName = "Uitstap " + id,
            Title = new(StringComparer.Ordinal) { ["en"] = "Outing " + id },
            Description = new(StringComparer.Ordinal) { ["en"] = "A trip together." },
            Date = date,
            Start = start,
            End = end,
            SignUp = ActivitySignUp.AtTheDesk,
        });

    /// <summary>Opens "Family centre" from the menu.</summary>
    public static Task<IReadOnlyList<OutboundMessage>> OpenFamilyCentreAsync(this EngineWorld world, ChatKey chat) =>
        world.PressAsync(chat, "f:main-menu:1:menu:family-centre");

    /// <summary>The first time through: consent (yes or only this time), birth month (or skip), then the town button.</summary>
    public static async Task<IReadOnlyList<OutboundMessage>> AnswerProfileAsync(
        this EngineWorld world, ChatKey chat, bool remember, string? birthMonth, string town)
    {
        var consent = await world.OpenFamilyCentreAsync(chat);
        var year = await world.PressAsync(chat, consent.Button(remember ? ":consent:yes" : ":consent:once").Value);
        IReadOnlyList<OutboundMessage> townQuestion;
        if (birthMonth is null)
        {
            townQuestion = await world.PressAsync(chat, year.Button(":year:skip").Value);
        }
        else
        {
            var month = await world.PressAsync(chat, year.Button(":year:" + birthMonth[..4]).Value);
            townQuestion = await world.PressAsync(chat, month.Button(":month:" + birthMonth).Value);
        }

        return await world.PressAsync(chat, townQuestion.Button(":town:" + town).Value);
    }

    /// <summary>"Family centre" → may we remember? yes → no birth month → the town typed: the parent's kept town.</summary>
    public static async Task RememberTownAsync(this EngineWorld world, ChatKey chat, string typedTown)
    {
        var consent = await world.OpenFamilyCentreAsync(chat);
        var year = await world.PressAsync(chat, consent.Button(":consent:yes").Value);
        await world.PressAsync(chat, year.Button(":year:skip").Value);
        await world.SendAsync(chat, typedTown);
    }

    /// <summary>The activity messages of a list, by activity id.</summary>
    public static IReadOnlyList<string> ActivityIds(this IReadOnlyList<OutboundMessage> replies) =>
        [.. replies.Where(m => m.Ref?.StartsWith("activity:", StringComparison.Ordinal) == true).Select(m => m.Ref!["activity:".Length..])];

    private static Venue Venue(string id, string name, string town, string postcode, double lat, double lon) => new()
    {
        Id = id,
        Name = name,
        Type = VenueType.FamilyCentre,
        Organisation = "org-" + town,
        Address = "Teststraat 1, " + postcode + " " + town,
        Postcode = postcode,
        Municipality = town,
        Latitude = lat,
        Longitude = lon,
    };

    private static Activity Save(IServiceProvider services, Activity activity)
    {
        activity.Organisation = "org";
        services.GetRequiredService<ActivityStore>().Save(activity);
        return activity;
    }
}
