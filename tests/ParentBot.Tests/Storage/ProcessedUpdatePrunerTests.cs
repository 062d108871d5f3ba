using ParentBot.Tests.Support;

namespace ParentBot.Tests.Storage;

public sealed class ProcessedUpdatePrunerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Prune_ForgetsOnlyKeysHandledBeforeTheCutoff()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");
        var handledAt = world.Time.GetUtcNow().UtcDateTime;
        await world.SendAsync(chat, "/menu", updateKey: "tg:1");

        world.Turns.PruneHandled(handledAt.AddSeconds(-1));
        Assert.True(world.Turns.WasHandled("tg:1"));

        world.Turns.PruneHandled(handledAt.AddSeconds(1));
        Assert.False(world.Turns.WasHandled("tg:1"));
    }

    [Fact]
    public async Task HandledUpdateIds_AreForgottenByTheBackgroundPruner_AfterAWeek()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");
        await world.SendAsync(chat, "/menu", updateKey: "tg:1");

        // The pruner's loop starts on a background thread (.NET 10 BackgroundService), so its timer may
        // not exist yet: move the clock on in six-hour steps until a tick past the week has pruned.
        await Poll.Eventually(() =>
        {
            world.Time.Advance(TimeSpan.FromHours(6));
            return !world.Turns.WasHandled("tg:1");
        });
        Assert.True(world.Time.GetUtcNow() - TimeSpan.FromDays(7) > new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    }
}
