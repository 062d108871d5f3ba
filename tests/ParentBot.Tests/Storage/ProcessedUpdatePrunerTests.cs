using ParentBot.Tests.Support;

namespace ParentBot.Tests.Storage;

public sealed class ProcessedUpdatePrunerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task HandledUpdateIds_AreForgottenAfterAWeek_NotBefore()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");
        await world.SendAsync(chat, "/menu", updateKey: "tg:1");

        world.Time.Advance(TimeSpan.FromDays(6));
        await Poll.Eventually(() => world.Turns.WasHandled("tg:1"));
        world.Time.Advance(TimeSpan.FromDays(2));

        await Poll.Eventually(() => !world.Turns.WasHandled("tg:1"));
    }
}
