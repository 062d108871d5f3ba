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

        world.Time.Advance(TimeSpan.FromDays(8));

        await Poll.Eventually(() => !world.Turns.WasHandled("tg:1"));
    }
}
