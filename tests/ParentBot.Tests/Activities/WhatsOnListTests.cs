using Microsoft.Extensions.Time.Testing;
using ParentBot.Core.Localization;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Activities;

/// <summary>The list: the coming two weeks in Brussels time, the child's age, soonest first, pages of five.</summary>
public sealed class WhatsOnListTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task TwoWeekWindow_AcrossTheChangeToSummerTime_ShowsLocalTimes()
    {
        // Saturday 20 March 2027, 10:00 in Brussels (winter time). Summer time starts on Sunday 28 March.
        await using var world = World(new DateTimeOffset(2027, 3, 20, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Once(world.Services, "before", ActivitySeed.MechelenVenue, "2027-03-22", "10:00", "11:30");
        ActivitySeed.Once(world.Services, "after", ActivitySeed.MechelenVenue, "2027-03-29", "10:00", "11:30");
        ActivitySeed.Once(world.Services, "last-day", ActivitySeed.MechelenVenue, "2027-04-02", "10:00", "11:30");
        ActivitySeed.Once(world.Services, "too-far", ActivitySeed.MechelenVenue, "2027-04-03", "10:00", "11:30");
        ActivitySeed.Once(world.Services, "earlier-today", ActivitySeed.MechelenVenue, "2027-03-20", "09:00", "11:30");
        var chat = await world.NewParentAsync("en");

        var list = await world.AnswerProfileAsync(chat, remember: true, birthMonth: null, town: "mechelen");

        Assert.Equal(["before", "after", "last-day"], list.ActivityIds());
        Assert.Contains("📅 Monday 22 March 2027, 10:00–11:30", Text(list, "before"), StringComparison.Ordinal);
        Assert.Contains("📅 Monday 29 March 2027, 10:00–11:30", Text(list, "after"), StringComparison.Ordinal);
        Assert.Equal("text:activities.header", list[1].Ref);
    }

    [Fact]
    public async Task ChildsAge_FiltersTheList_AndTheHeaderSaysForWhom()
    {
        await using var world = World(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Weekly(world.Services, "baby", ActivitySeed.MechelenVenue, [DayOfWeek.Tuesday], minAge: 1, maxAge: 9);
        ActivitySeed.Weekly(world.Services, "toddler", ActivitySeed.MechelenVenue, [DayOfWeek.Wednesday], minAge: 12, maxAge: 36);
        ActivitySeed.Weekly(world.Services, "everyone", ActivitySeed.MechelenVenue, [DayOfWeek.Thursday]);
        var chat = await world.NewParentAsync("en");

        // Born in June 2026: five months old now.
        var list = await world.AnswerProfileAsync(chat, remember: true, birthMonth: "2026-06", town: "mechelen");
        var ageQuestion = await world.PressAsync(chat, list.Button(":list:change-age").Value);
        var everyAge = await world.PressAsync(chat, ageQuestion.Button(":year:skip").Value);

        Assert.Equal(["baby", "everyone", "baby", "everyone"], list.ActivityIds());
        Assert.Equal("What is on in Mechelen in the next two weeks, for a child born in June 2026:", list.Single(m => m.Ref == "text:activities.header-age").Text);
        Assert.Equal(["baby", "toddler", "everyone", "baby", "toddler"], everyAge.ActivityIds());
        Assert.Null(world.Turns.FindParent(chat)!.ChildBirthMonth);
    }

    [Fact]
    public async Task EachActivity_IsOneMessage_WithTitleAndDutchName_PlaceMapCostSignUp_AndItsTwoButtons()
    {
        await using var world = World(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Once(world.Services, "trip", ActivitySeed.MechelenVenue, "2026-11-28", "13:30", "16:00");
        var chat = await world.NewParentAsync("en");

        var list = await world.AnswerProfileAsync(chat, remember: false, birthMonth: null, town: "mechelen");

        var message = list.Single(m => m.Ref == "activity:trip");
        Assert.Equal(
            "Outing trip (Uitstap trip)\nA trip together.\n📅 Saturday 28 November 2026, 13:30–16:00\n📍 Huis van het Kind Mechelen (test), Teststraat 1, 2800 mechelen\n"
            + "🗺 https://www.openstreetmap.org/?mlat=51.0281&mlon=4.4803#map=17/51.0281/4.4803\n💶 Free\n✍ Sign up first. Ask at the desk (onthaal).",
            message.Text);
        Assert.Equal(["act:r:trip:20261128", "act:c:trip:20261128"], message.Buttons.Single().Select(b => b.Value));
    }

    [Theory]
    [InlineData("ar", TextDirection.Rtl)]
    [InlineData("fa", TextDirection.Rtl)]
    public async Task Dates_AreGregorian_InEveryLanguage(string language, TextDirection direction)
    {
        await using var world = World(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Once(world.Services, "trip", ActivitySeed.MechelenVenue, "2026-11-28", "13:30", "16:00");
        var chat = await world.NewParentAsync(language);

        var list = await world.AnswerProfileAsync(chat, remember: false, birthMonth: null, town: "mechelen");

        var message = list.Single(m => m.Ref == "activity:trip");
        Assert.Equal(direction, message.Direction);
        Assert.Contains("2026", message.Text, StringComparison.Ordinal);
        Assert.Contains("13:30", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1448", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1405", message.Text, StringComparison.Ordinal);
        Assert.Contains("\n🗺 https://www.openstreetmap.org/?mlat=51.0281&mlon=4.4803#map=17/51.0281/4.4803\n", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreThanFive_ComeInPages_AndAnOldMoreButtonPastTheEndIsStale()
    {
        await using var world = World(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        for (var i = 0; i < 7; i++)
        {
            ActivitySeed.Once(world.Services, "a" + i, ActivitySeed.MechelenVenue, $"2026-11-{24 + i}");
        }

        var chat = await world.NewParentAsync("en");
        var first = await world.AnswerProfileAsync(chat, remember: true, birthMonth: null, town: "mechelen");
        var more = first.Button(":list:more").Value;

        var second = await world.PressAsync(chat, more);
        var pastTheEnd = await world.PressAsync(chat, more);

        Assert.Equal(["a0", "a1", "a2", "a3", "a4"], first.ActivityIds());
        Assert.Equal(["a5", "a6"], second.ActivityIds());
        Assert.DoesNotContain(second.AllButtons(), b => b.Value.EndsWith(":list:more", StringComparison.Ordinal));
        Assert.Equal("text:common.stale-button", pastTheEnd[0].Ref);
    }

    [Fact]
    public async Task NothingInTheTown_SaysSoKindly_OffersTheNearestTownWithActivities_AndTheFamilyCentreQuestions()
    {
        await using var world = World(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Weekly(world.Services, "lier-play", ActivitySeed.LierVenue, [DayOfWeek.Tuesday]);
        ActivitySeed.Weekly(world.Services, "gent-play", ActivitySeed.GentVenue, [DayOfWeek.Tuesday]);
        var chat = await world.NewParentAsync("en");
        var consent = await world.OpenFamilyCentreAsync(chat);
        var year = await world.PressAsync(chat, consent.Button(":consent:yes").Value);
        await world.PressAsync(chat, year.Button(":year:skip").Value);

        var none = await world.SendAsync(chat, "2000");
        var lier = await world.PressAsync(chat, none.Button(":list:t:lier").Value);

        Assert.Equal(
            ["text:activities.remembered", "text:activities.none", "text:activities.nearest", "text:activities.everyone-welcome", "flow:whats-on/list"],
            none.Refs());
        Assert.Equal("There is nothing on in Antwerpen in the next two weeks.", none[1].Text);
        var welcome = none.Single(m => m.Ref == "text:activities.everyone-welcome");
        Assert.NotEmpty(welcome.Buttons);
        Assert.All(welcome.Buttons.SelectMany(r => r), b => Assert.StartsWith("kb:", b.Value, StringComparison.Ordinal));
        Assert.StartsWith("📍 Lier (", none.Button(":list:t:lier").Label, StringComparison.Ordinal);
        Assert.Equal(["lier-play", "lier-play"], lier.ActivityIds());
        Assert.Equal("antwerpen", world.Turns.FindParent(chat)!.Town);
    }

    [Fact]
    public async Task QuestionsAboutFamilyCentres_StayOneButtonAway()
    {
        await using var world = World(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Weekly(world.Services, "play", ActivitySeed.MechelenVenue, [DayOfWeek.Tuesday]);
        var chat = await world.NewParentAsync("en");
        var list = await world.AnswerProfileAsync(chat, remember: false, birthMonth: null, town: "mechelen");

        var questions = await world.PressAsync(chat, list.Button(":list:questions").Value);
        var answer = await world.PressAsync(chat, questions.AllButtons().First(b => b.Value.StartsWith("kb:", StringComparison.Ordinal)).Value);

        Assert.Equal("flow:whats-on/questions", Assert.Single(questions).Ref);
        Assert.StartsWith("kb:", answer[0].Ref, StringComparison.Ordinal);
    }

    private static string Text(IReadOnlyList<ParentBot.Core.Conversations.OutboundMessage> replies, string activity) =>
        replies.Single(m => m.Ref == "activity:" + activity).Text;

    private EngineWorld World(DateTimeOffset now)
    {
        var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(now));
        ActivitySeed.Venues(world.Services);
        return world;
    }
}
