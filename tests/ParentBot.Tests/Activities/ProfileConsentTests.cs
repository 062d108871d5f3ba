using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ParentBot.Core.Profile;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Activities;

/// <summary>Town and child's birth month: asked once, kept only after "yes", changeable in one step.</summary>
public sealed class ProfileConsentTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task FamilyCentre_FromTheMenu_AsksFirst_WithTheMenuOneTapAway()
    {
        await using var world = NewWorld();
        var chat = await world.NewParentAsync("en");

        var consent = await world.OpenFamilyCentreAsync(chat);
        var menu = await world.PressAsync(chat, consent.Button(":consent:menu").Value);

        var question = Assert.Single(consent);
        Assert.Equal("flow:whats-on/consent", question.Ref);
        Assert.Equal("May I remember your town and your child's birth month? Then I can show what is near you.", question.Text);
        Assert.Equal("flow:main-menu/menu", Assert.Single(menu).Ref);
    }

    [Fact]
    public async Task Yes_KeepsTownAndBirthMonth_OnTheParentRecord_AndNextTimeGoesStraightToTheList()
    {
        await using var world = NewWorld();
        var chat = await world.NewParentAsync("en");

        var list = await world.AnswerProfileAsync(chat, remember: true, birthMonth: "2025-03", town: "mechelen");
        await world.SendAsync(chat, "/menu");
        var again = await world.OpenFamilyCentreAsync(chat);

        var parent = world.Turns.FindParent(chat)!;
        Assert.Equal("mechelen", parent.Town);
        Assert.Equal("2025-03", parent.ChildBirthMonth);
        Assert.Contains(list, m => m.Ref == "text:activities.remembered");
        Assert.Equal("text:activities.header-age", again[0].Ref);
        Assert.Equal(["m-play", "m-play"], again.ActivityIds());
        Assert.Equal("flow:whats-on/list", again[^1].Ref);
    }

    [Fact]
    public async Task OnlyThisTime_StoresNothing_UsesTheAnswersNow_AndAsksAgainNextTime()
    {
        await using var world = NewWorld();
        var chat = await world.NewParentAsync("en");

        var list = await world.AnswerProfileAsync(chat, remember: false, birthMonth: "2025-03", town: "mechelen");
        var stored = world.Turns.FindParent(chat)!;
        var whileInFlow = world.Turns.FindConversation(chat)!;
        var menu = await world.SendAsync(chat, "/menu");
        var afterFlow = world.Turns.FindConversation(chat)!;
        var again = await world.OpenFamilyCentreAsync(chat);

        Assert.Equal(["m-play", "m-play"], list.ActivityIds());
        Assert.DoesNotContain(list, m => m.Ref == "text:activities.remembered");
        Assert.Null(stored.Town);
        Assert.Null(stored.ChildBirthMonth);
        Assert.Equal("mechelen", whileInFlow.Slots[ParentProfile.TownSlot]);
        Assert.Equal("flow:main-menu/menu", menu[^1].Ref);
        Assert.Empty(afterFlow.Slots);
        Assert.Equal("flow:whats-on/consent", Assert.Single(again).Ref);
    }

    [Fact]
    public async Task OnlyThisTime_AfterAnUnfinishedYes_LetsGoOfWhatTheYesKept()
    {
        await using var world = NewWorld();
        var chat = await world.NewParentAsync("en");
        var consent = await world.OpenFamilyCentreAsync(chat);
        var year = await world.PressAsync(chat, consent.Button(":consent:yes").Value);
        var month = await world.PressAsync(chat, year.Button(":year:2025").Value);
        await world.PressAsync(chat, month.Button(":month:2025-03").Value);
        await world.SendAsync(chat, "/menu");
        Assert.Equal("2025-03", world.Turns.FindParent(chat)!.ChildBirthMonth);

        await world.AnswerProfileAsync(chat, remember: false, birthMonth: null, town: "mechelen");

        var parent = world.Turns.FindParent(chat)!;
        Assert.Null(parent.ChildBirthMonth);
        Assert.Null(parent.Town);
    }

    [Fact]
    public async Task ChangeTown_IsOneStep_AndKeepsTheBirthMonth()
    {
        await using var world = NewWorld();
        var chat = await world.NewParentAsync("en");
        var list = await world.AnswerProfileAsync(chat, remember: true, birthMonth: "2025-03", town: "mechelen");

        var towns = await world.PressAsync(chat, list.Button(":list:change-town").Value);
        var lier = await world.PressAsync(chat, towns.Button(":town:lier").Value);

        Assert.Equal("lier", world.Turns.FindParent(chat)!.Town);
        Assert.Equal("2025-03", world.Turns.FindParent(chat)!.ChildBirthMonth);
        Assert.Equal(["l-play", "l-play"], lier.ActivityIds());
        Assert.DoesNotContain(lier, m => m.Ref == "text:activities.remembered");
    }

    [Theory]
    [InlineData("2500")]
    [InlineData("lierre")]
    [InlineData("  LIER ")]
    public async Task TypedTownOrPostcode_IsFound(string typed)
    {
        await using var world = NewWorld();
        var chat = await world.NewParentAsync("en");
        var consent = await world.OpenFamilyCentreAsync(chat);
        var year = await world.PressAsync(chat, consent.Button(":consent:yes").Value);
        await world.PressAsync(chat, year.Button(":year:skip").Value);

        var list = await world.SendAsync(chat, typed);

        Assert.Equal("lier", world.Turns.FindParent(chat)!.Town);
        Assert.Equal(["l-play", "l-play"], list.ActivityIds());
    }

    [Fact]
    public async Task UnknownTypedTown_SaysSo_AndAsksAgain_WithNothingKept()
    {
        await using var world = NewWorld();
        var chat = await world.NewParentAsync("en");
        var consent = await world.OpenFamilyCentreAsync(chat);
        var year = await world.PressAsync(chat, consent.Button(":consent:yes").Value);
        await world.PressAsync(chat, year.Button(":year:skip").Value);

        var again = await world.SendAsync(chat, "Atlantis");

        Assert.Equal(["text:activities.town-unknown", "flow:whats-on/town"], again.Refs());
        Assert.Null(world.Turns.FindParent(chat)!.Town);
        Assert.DoesNotContain("town-text", world.Turns.FindConversation(chat)!.Slots.Keys);
    }

    [Fact]
    public async Task MyData_ShowsTheKeptTownAndBirthMonth_AndForgetErasesThem()
    {
        await using var world = NewWorld();
        var chat = await world.NewParentAsync("en");
        await world.AnswerProfileAsync(chat, remember: true, birthMonth: "2025-03", town: "mechelen");

        var mydata = await world.SendAsync(chat, "/mydata");
        var confirm = await world.SendAsync(chat, "/forget");
        await world.PressAsync(chat, confirm.Button(":confirm:erase").Value);

        Assert.Contains(mydata, m => m.Ref == "text:activities.mydata-town" && m.Text == "Your town: Mechelen");
        Assert.Contains(mydata, m => m.Ref == "text:activities.mydata-birth" && m.Text == "Your child's birth month: March 2025");
        Assert.Null(world.Turns.FindParent(chat));
    }

    [Fact]
    public async Task BirthMonths_AreGregorianAndNamedInTheParentsLanguage_AndNeverInTheFuture()
    {
        await using var world = NewWorld();
        var chat = await world.NewParentAsync("fa");
        var consent = await world.OpenFamilyCentreAsync(chat);
        var year = await world.PressAsync(chat, consent.Button(":consent:yes").Value);

        var months = await world.PressAsync(chat, year.Button(":year:2026").Value);

        // The clock stands at 23 November 2026: December is still to come.
        var buttons = months.AllButtons().Where(b => b.Value.StartsWith("p:", StringComparison.Ordinal)).ToList();
        Assert.Equal(11, buttons.Count);
        Assert.Equal("p:whats-on:1:month:2026-01", buttons[0].Value);
        Assert.Equal("جنوری", buttons[0].Label);
        var forged = await world.PressAsync(chat, "p:whats-on:1:month:2026-12");
        Assert.Equal("text:common.stale-button", forged[0].Ref);
        Assert.Null(world.Turns.FindParent(chat)!.ChildBirthMonth);
    }

    private EngineWorld NewWorld()
    {
        var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
        ActivitySeed.Venues(world.Services);
        ActivitySeed.Weekly(world.Services, "m-play", ActivitySeed.MechelenVenue, [DayOfWeek.Tuesday], minAge: 0, maxAge: 36);
        ActivitySeed.Weekly(world.Services, "m-story", ActivitySeed.MechelenVenue, [DayOfWeek.Wednesday], minAge: 30, maxAge: 72);
        ActivitySeed.Weekly(world.Services, "l-play", ActivitySeed.LierVenue, [DayOfWeek.Thursday], minAge: 0, maxAge: 36);
        return world;
    }
}
