using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ParentBot.Core;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;

namespace ParentBot.Tests.Support;

/// <summary>
/// The core services over a real LiteDB file and the real dialogs, with a fake clock. Dispose and build
/// another world on the same folder to simulate a restart.
/// </summary>
public sealed class EngineWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public EngineWorld(
        string databasePath, FakeTimeProvider? time = null, Action<IServiceCollection>? configure = null, string? dialogsPath = null, bool demo = false)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ParentBot:Storage:Path"] = databasePath,
            ["ParentBot:Dialogs:Path"] = dialogsPath ?? RepoPaths.Dialogs,
            ["ParentBot:Demo"] = demo ? "true" : "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Time);
        services.AddParentBotCore(configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            hosted.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public ConversationEngine Engine => _services.GetRequiredService<ConversationEngine>();

    public TurnStore Turns => _services.GetRequiredService<TurnStore>();

    public async Task<IReadOnlyList<OutboundMessage>> SendAsync(ChatKey chat, string text, string? updateKey = null, string? hint = null) =>
        (await Engine.HandleAsync(new InboundMessage(chat, InboundKind.Text, text, updateKey, hint), CancellationToken.None)).Replies;

    public async Task<IReadOnlyList<OutboundMessage>> PressAsync(ChatKey chat, string value, string? updateKey = null) =>
        (await Engine.HandleAsync(new InboundMessage(chat, InboundKind.Button, value, updateKey), CancellationToken.None)).Replies;

    /// <summary>A parent who has picked <paramref name="language"/> and sees the menu.</summary>
    public async Task<ChatKey> NewParentAsync(string language, string id = "1")
    {
        var chat = ChatKey.ForTelegram(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
        await SendAsync(chat, "/start");
        await PressAsync(chat, ButtonValue.ForLanguage(language));
        return chat;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
