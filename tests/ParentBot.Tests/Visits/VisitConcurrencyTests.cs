using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Visits;

/// <summary>Places are never given twice, with real concurrency through the engine and the store.</summary>
public sealed class VisitConcurrencyTests : IDisposable
{
    private static readonly string[] Times = ["202611251400", "202611251430", "202611251500", "202611251530"];
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task LastPlace_TwoParentsSendAtOnce_OnlyOneGetsIt_TheOtherChoosesAgain()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services, families: 1);
        var bookings = world.Services.GetRequiredService<VisitBookingStore>();

        foreach (var (time, round) in Times.Select((t, i) => (t, i)))
        {
            var a = await world.NewParentAsync("en", (10 + (2 * round)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var b = await world.NewParentAsync("en", (11 + (2 * round)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var summaryA = await VisitTestData.ToSummaryAsync(world, a, time);
            var summaryB = await VisitTestData.ToSummaryAsync(world, b, time);

            var both = await Task.WhenAll(
                Task.Run(() => world.PressAsync(a, summaryA.Button(":confirm:send").Value)),
                Task.Run(() => world.PressAsync(b, summaryB.Button(":confirm:send").Value)));

            var firstSaid = both.Select(r => r[0].Ref).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(["flow:book-visit/requested", "flow:book-visit/slot-taken"], firstSaid);
            Assert.Single(bookings.OfVenueAt(VisitTestData.Zonneke, time), x => x.Holds);
            var loser = both.Single(r => r[0].Ref == "flow:book-visit/slot-taken");
            Assert.DoesNotContain(loser.AllButtons(), x => x.Value.EndsWith(":" + time, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ManyRequestsForTwoPlaces_AtOnce_StoreExactlyTwo()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services, families: 2);
        var requests = world.Services.GetRequiredService<VisitRequests>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => requests.Request(new VisitDraft(
            VisitIds.New(), ChatKey.ForTelegram(100 + i), VisitTestData.Zonneke, VisitTestData.FirstTime, "2025-03", VisitNeeds.None, "en", null)))));

        Assert.Equal(2, outcomes.Count(o => o == RequestOutcome.Sent));
        Assert.Equal(10, outcomes.Count(o => o == RequestOutcome.Full));
        Assert.Equal(2, world.Services.GetRequiredService<VisitBookingStore>().OfVenueAt(VisitTestData.Zonneke, VisitTestData.FirstTime).Count);
    }

    [Fact]
    public async Task PlaceTakenAfterTheGuardLooked_TheStoreDecides_AndTheParentChoosesAgain()
    {
        // The guard is made to look too early (it always says "free"), so only the request's own transaction can see
        // that the last place went to someone else.
        await using var world = new EngineWorld(_dir.DatabasePath, configure: services =>
        {
            services.Remove(services.Single(d => d.ImplementationType == typeof(Core.Visits.Booking.SlotFreeGuard)));
            services.AddSingleton<Core.Flows.IFlowGuard>(new LooksFree());
        });
        VisitTestData.Seed(world.Services, families: 1);
        var chat = await world.NewParentAsync("en");
        var summary = await VisitTestData.ToSummaryAsync(world, chat);
        world.Services.GetRequiredService<VisitRequests>().Request(new VisitDraft(
            VisitIds.New(), ChatKey.ForTelegram(77), VisitTestData.Zonneke, VisitTestData.FirstTime, "2025-03", VisitNeeds.None, "en", null));

        var replies = await world.PressAsync(chat, summary.Button(":confirm:send").Value);

        Assert.Equal("flow:book-visit/slot-taken", Assert.Single(replies).Ref);
        Assert.Empty(world.Services.GetRequiredService<VisitBookingStore>().OfChat(chat));
        Assert.Equal("slot-taken", world.Turns.FindConversation(chat)!.State);
    }

    private sealed class LooksFree : Core.Flows.IFlowGuard
    {
        public string Name => "visit-slot-free";

        public bool Allows(Core.Flows.FlowContext context) => true;
    }
}
