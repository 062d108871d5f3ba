using ParentBot.Tests.Support;

namespace ParentBot.Tests.Sessions;

/// <summary>A fresh engine and database per test, with the mothers' group of <see cref="SessionFixtures"/>.</summary>
public abstract class MothersGroupTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    protected EngineWorld World { get; private set; } = null!;

    public Task InitializeAsync()
    {
        World = new EngineWorld(_dir.DatabasePath);
        SessionFixtures.MothersGroup(World.Services);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await World.DisposeAsync();
        _dir.Dispose();
    }
}
