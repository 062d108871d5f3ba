using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ParentBot.Tests.Support;

/// <summary>The whole host (Program.cs) on a temp LiteDB file and a fake clock, with extra settings per test.</summary>
public sealed class ParentBotFactory(string databasePath, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ParentBot:Storage:Path", databasePath);
        builder.UseSetting("ParentBot:Dialogs:Path", RepoPaths.Dialogs);

        // Tests set up the venues and groups they need; a test of the demo data turns it on.
        builder.UseSetting("ParentBot:Demo", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
    }
}
