using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Core.Visits.Timeline;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Visits;

/// <summary>"My visits": cancel, another time, and what /mydata and /forget do with visits.</summary>
public sealed class MyVisitsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static VisitBookingStore Bookings(EngineWorld world) => world.Services.GetRequiredService<VisitBookingStore>();

    private static OutboxStore Outbox(EngineWorld world) => world.Services.GetRequiredService<OutboxStore>();

    [Fact]
    public async Task ParentCancelsFromMyVisits_StaffAreTold_AndThePlaceIsFreeAgain()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services, families: 1);
        var chat = await world.NewParentAsync("en");
        await VisitTestData.BookAsync(world, chat);
        var id = Bookings(world).OfChat(chat).Single().Id;

        var list = await world.PressAsync(chat, (await world.SendAsync(chat, "/menu")).Button(":menu:my-visits").Value);
        var detail = await world.PressAsync(chat, list.Button(":" + id).Value);
        var confirm = await world.PressAsync(chat, detail.Button(VisitButtons.Cancel(id)).Value);
        var done = await world.PressAsync(chat, confirm.Button(":cancel-confirm:yes").Value);

        Assert.Contains("Kinderopvang 't Zonneke (⏳ waiting for an answer)", list[0].Text, StringComparison.Ordinal);
        Assert.Equal("flow:my-visits/detail", detail[0].Ref);
        Assert.StartsWith("Do you want to cancel your visit to Kinderopvang 't Zonneke", confirm[0].Text, StringComparison.Ordinal);
        Assert.Equal(["flow:my-visits/cancelled", "flow:main-menu/menu"], done.Refs());
        Assert.Equal(VisitStatus.Cancelled, Bookings(world).Find(id)!.Status);
        Assert.Contains("heeft het bezoek geannuleerd", Outbox(world).Find($"visit:{id}:2:cancelled:sara")!.Message.Text, StringComparison.Ordinal);
        Assert.True(world.Services.GetRequiredService<VisitSlots>().IsFree(VisitTestData.Zonneke, VisitTestData.FirstTime, []));
        Assert.Contains("You have no visits planned.", (await world.PressAsync(chat, (await world.SendAsync(chat, "/menu")).Button(":menu:my-visits").Value))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTime_ReplacesTheVisit_OnlyWhenTheNewRequestIsSent()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        await VisitTestData.BookAsync(world, chat);
        var first = Bookings(world).OfChat(chat).Single();

        var times = await world.PressAsync(chat, VisitButtons.AnotherTime(first.Id));
        await world.SendAsync(chat, "/cancel");
        Assert.Equal(VisitStatus.Requested, Bookings(world).Find(first.Id)!.Status);
        times = await world.PressAsync(chat, VisitButtons.AnotherTime(first.Id));
        var needs = await world.PressAsync(chat, times.Button(":" + VisitTestData.SecondTime).Value);
        var summary = await world.PressAsync(chat, needs.Button(":friend").Value);
        await world.PressAsync(chat, summary.Button(":confirm:send").Value);

        Assert.Equal("flow:book-visit/slot", times[0].Ref);
        var all = Bookings(world).OfChat(chat);
        Assert.Equal(VisitStatus.Cancelled, all.Single(b => b.Id == first.Id).Status);
        var second = all.Single(b => b.Id != first.Id);
        Assert.Equal((VisitStatus.Requested, VisitTestData.SecondTime, first.Id, "2025-03"), (second.Status, second.SlotKey, second.Replaces, second.Birth));
        Assert.Contains("In plaats van het bezoek op woensdag 25 november 2026, 14:00", Outbox(world).Find($"visit:{second.Id}:1:new:sara")!.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneElsesVisitButton_IsStale_AndChangesNothing()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var owner = await world.NewParentAsync("en", "1");
        var other = await world.NewParentAsync("en", "2");
        await VisitTestData.BookAsync(world, owner);
        var id = Bookings(world).OfChat(owner).Single().Id;

        foreach (var value in new[] { VisitButtons.Cancel(id), VisitButtons.AnotherTime(id), VisitButtons.Accept(id), VisitButtons.Feedback(id, 3), "vis:c:../../x" })
        {
            Assert.Equal("text:common.stale-button", (await world.PressAsync(other, value))[0].Ref);
        }

        Assert.Equal(VisitStatus.Requested, Bookings(world).Find(id)!.Status);
    }

    [Fact]
    public async Task MyData_CountsTheVisits_AndForgetErasesThem_AfterTellingStaff()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var chat = await world.NewParentAsync("en");
        await VisitTestData.BookAsync(world, chat);
        var id = Bookings(world).OfChat(chat).Single().Id;

        var mydata = await world.SendAsync(chat, "/mydata");
        var confirm = await world.SendAsync(chat, "/forget");
        await world.PressAsync(chat, confirm.Button(":confirm:erase").Value);
        var forgotten = Bookings(world).Find(id)!;
        world.Services.GetRequiredService<VisitTimeline>().RunDue();

        Assert.Contains(mydata, m => m.Ref == "text:visits.mydata" && m.Text.StartsWith("Visit requests I keep: 1.", StringComparison.Ordinal));
        Assert.Equal((null, null, true), (forgotten.Chat, forgotten.Birth, forgotten.Forgotten));
        Assert.Empty(forgotten.History);
        Assert.Null(Bookings(world).Find(id));
        var told = Outbox(world).Find($"visit:{id}:0:forgotten:sara")!;
        Assert.Contains("gegevens gewist", told.Message.Text, StringComparison.Ordinal);
    }
}
