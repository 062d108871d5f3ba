using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Tests.Activities;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Visits;

/// <summary>The parent's booking flow through the real engine, flows and stores.</summary>
public sealed class BookVisitFlowTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static VisitBookingStore Bookings(EngineWorld world) => world.Services.GetRequiredService<VisitBookingStore>();

    [Fact]
    public async Task ParentBooksAVisit_StoresOneRequest_AndTellsTheVenuesStaffOnly()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");

        var summary = await VisitTestData.ToSummaryAsync(world, chat, needs: "interpreter");
        var sent = await world.PressAsync(chat, summary.Button(":confirm:send").Value);

        Assert.Contains("Wednesday 25 November 2026, 14:00", summary[^1].Text, StringComparison.Ordinal);
        Assert.Contains("an interpreter", summary[^1].Text, StringComparison.Ordinal);
        Assert.Contains("born in March 2025", summary[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["flow:book-visit/requested", "flow:main-menu/menu"], sent.Refs());
        Assert.Contains("within 2 working days", sent[0].Text, StringComparison.Ordinal);
        var booking = Assert.Single(Bookings(world).OfChat(chat));
        Assert.Equal((VisitStatus.Requested, "2025-03", "interpreter", "en"), (booking.Status, booking.Birth, booking.Needs, booking.Language));
        var outbox = world.Services.GetRequiredService<OutboxStore>();
        var notice = outbox.Find($"visit:{booking.Id}:1:new:sara")!;
        Assert.Contains("Kinderopvang 't Zonneke", notice.Message.Text, StringComparison.Ordinal);
        Assert.Contains("20 maanden", notice.Message.Text, StringComparison.Ordinal);
        Assert.Contains("een tolk", notice.Message.Text, StringComparison.Ordinal);
        Assert.Contains(notice.Message.Buttons.SelectMany(r => r), b => b.Value == VisitButtons.Approve(booking.Id));
        Assert.Null(outbox.Find($"visit:{booking.Id}:1:new:gent"));
        Assert.Null(outbox.Find($"visit:{booking.Id}:1:new:facilitator"));
    }

    [Fact]
    public async Task TypedPostcode_ShowsTheNearestPlacesFirst()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        var kinds = await world.PressAsync(chat, (await world.SendAsync(chat, "/menu")).Button(":menu:book-visit").Value);
        await world.PressAsync(chat, kinds.Button(":childcare").Value);

        var near = await world.SendAsync(chat, "9000");

        Assert.Equal("flow:book-visit/venue", near[0].Ref);
        Assert.StartsWith("Places near Gent", near[0].Text, StringComparison.Ordinal);
        var venues = near[0].Buttons.SelectMany(r => r).Where(b => b.Value.StartsWith("p:", StringComparison.Ordinal)).ToList();
        Assert.EndsWith(":" + VisitTestData.KleineWereld, venues[0].Value, StringComparison.Ordinal);
        Assert.EndsWith(":" + VisitTestData.Zonneke, venues[1].Value, StringComparison.Ordinal);
        Assert.Contains(" km", venues[1].Label, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTownTheParentLetUsRemember_IsTheFirstTownButton_AndLeadsToTheNearestPlaces()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        await world.RememberTownAsync(chat, "Willebroek");
        var kinds = await world.PressAsync(chat, (await world.SendAsync(chat, "/menu")).Button(":menu:book-visit").Value);

        var townQuestion = await world.PressAsync(chat, kinds.Button(":childcare").Value);
        var first = townQuestion.AllButtons().First();
        var venues = await world.PressAsync(chat, first.Value);

        Assert.Equal("Willebroek", first.Label);
        Assert.Equal("flow:book-visit/venue", Assert.Single(venues).Ref);
        Assert.Contains(venues.AllButtons(), b => b.Value.EndsWith(":" + VisitTestData.Zonneke, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownTown_AsksAgain_AndTheTownButtonsStillWork()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        var kinds = await world.PressAsync(chat, (await world.SendAsync(chat, "/menu")).Button(":menu:book-visit").Value);
        await world.PressAsync(chat, kinds.Button(":childcare").Value);

        var unknown = await world.SendAsync(chat, "Atlantis");
        var venues = await world.PressAsync(chat, unknown.Button(":mechelen").Value);

        Assert.Equal("flow:book-visit/town-unknown", Assert.Single(unknown).Ref);
        Assert.Equal("flow:book-visit/venue", Assert.Single(venues).Ref);
        Assert.Null(world.Turns.FindConversation(chat)!.Slots.GetValueOrDefault("v-town-text"));
    }

    [Fact]
    public async Task CancelHalfway_SavesNothing_AndForgetsTheChoices()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        var summary = await VisitTestData.ToSummaryAsync(world, chat);

        var cancelled = await world.SendAsync(chat, "/cancel");
        var stale = await world.PressAsync(chat, summary.Button(":confirm:send").Value);

        Assert.Equal("text:common.cancelled", cancelled[0].Ref);
        Assert.Equal("text:common.stale-button", stale[0].Ref);
        Assert.Empty(Bookings(world).OfChat(chat));
        Assert.Empty(world.Turns.FindConversation(chat)!.Slots);
    }

    [Fact]
    public async Task StopAtTheSummary_SendsNothing()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        var summary = await VisitTestData.ToSummaryAsync(world, chat);

        var stopped = await world.PressAsync(chat, summary.Button(":confirm:stop").Value);

        Assert.Equal(["flow:book-visit/stopped", "flow:main-menu/menu"], stopped.Refs());
        Assert.Empty(Bookings(world).OfChat(chat));
    }

    [Fact]
    public async Task BackOnEveryStep_ReturnsToTheStepBefore()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        var replies = await VisitTestData.ToSummaryAsync(world, chat);
        var expected = new[] { "needs", "slot", "birth-year", "venue-info" };

        var seen = new List<string?>();
        foreach (var step in expected)
        {
            replies = await world.PressAsync(chat, replies.AllButtons().First(b => b.Value.EndsWith(":back", StringComparison.Ordinal) || b.Value.EndsWith(":other", StringComparison.Ordinal)).Value);
            seen.Add(replies[^1].Ref);
        }

        Assert.Equal(expected.Select(s => "flow:book-visit/" + s), seen);
        Assert.Empty(Bookings(world).OfChat(chat));
    }

    [Theory]
    [InlineData("2025-03", "It is still early for your child")]
    [InlineData("2024-09", "A first visit a few months before is welcome")]
    public async Task ChildYoungerThanPreschoolAge_IsToldKindly_AndMayStillVisit(string birth, string says)
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        world.Services.GetRequiredService<VisitScheduleStore>().Save(VisitTestData.Weekly(VisitTestData.Regenboog, DayOfWeek.Tuesday, "10:00", "11:00", 1));
        var chat = await world.NewParentAsync("en");
        var replies = await world.SendAsync(chat, "/menu");
        foreach (var choice in new[] { ":menu:book-visit", ":preschool", ":mechelen", ":" + VisitTestData.Regenboog, ":venue-info:go", ":" + birth[..4] })
        {
            replies = await world.PressAsync(chat, replies.Button(choice).Value);
        }

        var note = await world.PressAsync(chat, replies.Button(":" + birth).Value);
        var times = await world.PressAsync(chat, note.Button(":age-note:continue").Value);

        Assert.Equal("flow:book-visit/age-note", Assert.Single(note).Ref);
        Assert.Contains("Kleuterschool De Regenboog is for children from 2½ years.", note[0].Text, StringComparison.Ordinal);
        Assert.Contains(says, note[0].Text, StringComparison.Ordinal);
        Assert.Contains("without obligation", note[0].Text, StringComparison.Ordinal);
        Assert.Equal("flow:book-visit/slot", Assert.Single(times).Ref);
    }

    [Fact]
    public async Task ManyFreeTimes_ComeInPages_WithLaterAndEarlier()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        var replies = await world.SendAsync(chat, "/menu");
        foreach (var choice in new[] { ":menu:book-visit", ":childcare", ":mechelen", ":" + VisitTestData.Zonneke, ":venue-info:go", ":2025" })
        {
            replies = await world.PressAsync(chat, replies.Button(choice).Value);
        }

        var first = await world.PressAsync(chat, replies.Button(":2025-03").Value);
        var second = await world.PressAsync(chat, first.Button(":slot:more").Value);
        var back = await world.PressAsync(chat, second.Button(":slot:less").Value);

        static List<string> Times(IReadOnlyList<OutboundMessage> r) => [.. r.AllButtons().Where(b => b.Value.StartsWith("p:", StringComparison.Ordinal)).Select(b => b.Value)];
        Assert.Equal(6, Times(first).Count);
        Assert.DoesNotContain(first.AllButtons(), b => b.Value.EndsWith(":less", StringComparison.Ordinal));
        Assert.Empty(Times(first).Intersect(Times(second)));
        Assert.Equal(Times(first), Times(back));
        Assert.Contains("Wed 25 Nov · 14:00", first[0].Buttons[0][0].Label, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedTime_IsRefusedAsStale_AndNothingIsStored()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        var replies = await world.SendAsync(chat, "/menu");
        foreach (var choice in new[] { ":menu:book-visit", ":childcare", ":mechelen", ":" + VisitTestData.Zonneke, ":venue-info:go", ":2025", ":2025-03" })
        {
            replies = await world.PressAsync(chat, replies.Button(choice).Value);
        }

        var forged = await world.PressAsync(chat, "p:book-visit:1:slot:202611261400");

        Assert.Equal("text:common.stale-button", forged[0].Ref);
        Assert.Empty(Bookings(world).OfChat(chat));
    }

    [Fact]
    public async Task SendPressedTwice_StoresOneRequest()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        var summary = await VisitTestData.ToSummaryAsync(world, chat);

        await world.PressAsync(chat, summary.Button(":confirm:send").Value);
        var again = await world.PressAsync(chat, summary.Button(":confirm:send").Value);

        Assert.Equal("text:common.stale-button", again[0].Ref);
        Assert.Single(Bookings(world).OfChat(chat));
    }

    [Fact]
    public async Task PlaceWithoutFreeTimes_SaysSo_AndOffersAnotherPlace()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        world.Services.GetRequiredService<VisitScheduleStore>().Save(new VisitSchedule { Id = VisitTestData.Zonneke });
        var chat = await world.NewParentAsync("en");
        var replies = await world.SendAsync(chat, "/menu");
        foreach (var choice in new[] { ":menu:book-visit", ":childcare", ":mechelen" })
        {
            replies = await world.PressAsync(chat, replies.Button(choice).Value);
        }

        var full = await world.PressAsync(chat, replies.Button(":" + VisitTestData.Zonneke).Value);
        var other = await world.PressAsync(chat, full.Button(":venue-full:other").Value);

        Assert.Equal("flow:book-visit/venue-full", Assert.Single(full).Ref);
        Assert.StartsWith("Kinderopvang 't Zonneke has no free visit times", full[0].Text, StringComparison.Ordinal);
        Assert.Equal("flow:book-visit/venue", Assert.Single(other).Ref);
    }

    [Fact]
    public async Task ArabicParent_ReadsTheVenueCard_RightToLeft_WithTheDutchName()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("ar");
        var replies = await world.SendAsync(chat, "/menu");
        foreach (var choice in new[] { ":menu:book-visit", ":childcare", ":mechelen" })
        {
            replies = await world.PressAsync(chat, replies.Button(choice).Value);
        }

        var card = await world.PressAsync(chat, replies.Button(":" + VisitTestData.Zonneke).Value);

        Assert.Equal(Core.Localization.TextDirection.Rtl, card[0].Direction);
        Assert.Contains("\u2068Kinderopvang 't Zonneke\u2069", card[0].Text, StringComparison.Ordinal);
        Assert.Contains("Nederlands, Français", card[0].Text, StringComparison.Ordinal);
    }
}
