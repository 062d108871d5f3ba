using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Dialogs;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Activities;

/// <summary>The dialogs check knows <c>then: flow/state</c>, which the main menu uses to open the list directly.</summary>
public sealed class ThenStateCheckTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("whats-on/nowhere", "then: flow 'whats-on' has no state 'nowhere'")]
    [InlineData("whats-gone/list", "then: unknown flow 'whats-gone'")]
    public void ThenToAMissingFlowOrState_IsAProblemOnItsLine(string then, string message)
    {
        var dialogs = DialogsCopy.Make(_dir.Path, d =>
        {
            var path = Path.Combine(d, "flows", "main-menu.yaml");
            File.WriteAllText(path, File.ReadAllText(path).Replace("then: whats-on/list", "then: " + then, StringComparison.Ordinal));
        });

        var problems = Check(dialogs);

        var problem = Assert.Single(problems);
        Assert.EndsWith("main-menu.yaml", problem.File, StringComparison.Ordinal);
        Assert.Equal(message, problem.Message);
    }

    private List<DialogsProblem> Check(string dialogsPath)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        ParentBot.Core.CoreServiceCollectionExtensions.AddParentBotCore(services, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ParentBot:Dialogs:Path"] = dialogsPath,
            ["ParentBot:Storage:Path"] = _dir.DatabasePath,
        }).Build());
        using var provider = services.BuildServiceProvider();
        return [.. provider.GetRequiredService<DialogsCheck>().Run(DialogsContent.Load(dialogsPath))];
    }
}
