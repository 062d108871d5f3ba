using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Visits;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Visits;

public sealed class DemoVisitTimesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task NewDemoDatabase_HasVisitTimes_ForEveryDemoVenue()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, demo: true);
        var slots = world.Services.GetRequiredService<VisitSlots>();

        foreach (var venue in new[] { "mech-zonneke", "mech-regenboog", "mech-hvk", "lier-hvk", "gent-hvk", "gent-kleine-wereld" })
        {
            Assert.True(slots.HasFree(venue), venue);
        }

        var chat = await world.NewParentAsync("en");
        var kinds = await world.PressAsync(chat, (await world.SendAsync(chat, "/menu")).Button(":menu:book-visit").Value);
        Assert.Equal(3, kinds.AllButtons().Count(b => b.Value.StartsWith("p:", StringComparison.Ordinal)));
    }
}
