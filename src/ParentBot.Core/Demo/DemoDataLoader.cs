using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Demo;

/// <summary>
/// Loads <c>dialogs/demo/*.yaml</c> once, when the database is new and <c>ParentBot:Demo</c> is true (the
/// default), so a fresh <c>dotnet run</c> shows venues and groups to try. Every demo record says it is demo
/// data. A database that was ever seeded (or started with demo off) is never seeded again.
/// </summary>
internal sealed partial class DemoDataLoader(
    IOptions<DemoOptions> options, DialogsContent content, MetaStore meta, IEnumerable<IDemoSection> sections, ILogger<DemoDataLoader> logger)
    : IHostedService
{
    internal const string SeededKey = "seeded";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (meta.GetString(SeededKey) is not null)
        {
            return Task.CompletedTask;
        }

        var enabled = options.Value.Enabled;
        if (enabled)
        {
            var folder = Path.Combine(content.Path, "demo");
            foreach (var section in sections.OrderBy(s => s.Order))
            {
                var path = Path.Combine(folder, section.File);
                if (File.Exists(path))
                {
                    section.Load(YamlFile.Load(path));
                }
            }

            LogLoaded(logger, folder);
        }

        meta.SetString(SeededKey, enabled ? "demo" : "empty");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 80, Level = LogLevel.Information, Message = "New database: demo data loaded from {Folder}")]
    private static partial void LogLoaded(ILogger logger, string folder);
}
