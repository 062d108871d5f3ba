using Microsoft.Extensions.Hosting;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Dialogs;

/// <summary>
/// Runs before anything else starts: opens the database (taking its lock, so a second instance stops
/// here) and checks the dialog content, refusing to start with broken flows or missing texts.
/// </summary>
internal sealed class DialogsStartupCheck(DialogsContent content, DialogsCheck check, ParentBotDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = database.FilePath;
        var problems = check.Run(content);
        return problems.Count == 0
            ? Task.CompletedTask
            : throw new DialogsCheckFailedException(problems);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
