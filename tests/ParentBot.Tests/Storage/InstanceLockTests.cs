using Microsoft.Extensions.Options;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Storage;

public sealed class InstanceLockTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void SecondInstanceOnTheSameFile_IsRefused_WithTheFileNamed()
    {
        var options = Options.Create(new StorageOptions { Path = _dir.DatabasePath });
        using var first = new ParentBotDatabase(options);

        var ex = Assert.Throws<InstanceLockedException>(() => new ParentBotDatabase(options));

        Assert.Contains(_dir.DatabasePath, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterTheFirstStops_ANewInstanceOpens()
    {
        var options = Options.Create(new StorageOptions { Path = _dir.DatabasePath });
        new ParentBotDatabase(options).Dispose();

        using var second = new ParentBotDatabase(options);

        Assert.True(second.IsWritable());
    }
}
