using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ParentBot.Tests.Support;

/// <summary>
/// A fake Telegram Bot API server on a free loopback port, for integration tests with the real
/// <see cref="TelegramBotClient"/>. It answers <c>POST /bot&lt;token&gt;/&lt;method&gt;</c>, records what the
/// bot sends, hands out updates that tests enqueue, and fails calls on demand.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    public const string DefaultToken = "123456:TEST-token";

    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeProvider _clock;
    private readonly List<RecordedRequest> _requests = [];
    private readonly Dictionary<string, Func<BotRequestArgs, BotReply>> _handlers;
    private WebApplication? _app;
    private int _disposed;

    private FakeBotApiServer(string token, TimeProvider clock)
    {
        Token = token;
        _clock = clock;
        BotUser = new User
        {
            Id = long.Parse(token.AsSpan(0, token.IndexOf(':', StringComparison.Ordinal)), provider: CultureInfo.InvariantCulture),
            IsBot = true,
            FirstName = "ParentBot Test",
            Username = "parentbot_test_bot",
            CanJoinGroups = true,
        };
        _handlers = CreateHandlers();
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234</c>: pass it as <c>baseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The only token the server accepts; any other gets 401.</summary>
    public string Token { get; }

    /// <summary>The bot as <c>getMe</c> returns it (its id is the token's digits).</summary>
    public User BotUser { get; }

    /// <summary>Every call received, failed ones included, in order of completion.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts a server on a free loopback port.</summary>
    /// <param name="token">The token to accept; must look like <c>digits:anything</c>.</param>
    /// <param name="clock">Clock for message dates and record times (rate limits always use real time).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakeBotApiServer> StartAsync(
        string token = DefaultToken,
        TimeProvider? clock = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var server = new FakeBotApiServer(token, clock ?? TimeProvider.System);
        try
        {
            await server.StartCoreAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A real client for this server; <paramref name="retryThreshold"/> 0 turns off its silent 429 retries.</summary>
    public TelegramBotClient CreateClient(int retryThreshold = 0, int retryCount = 3) =>
        new(new TelegramBotClientOptions(Token, BaseUrl) { RetryThreshold = retryThreshold, RetryCount = retryCount });

    /// <summary>The calls received for one method (compared ignoring case).</summary>
    public IReadOnlyList<RecordedRequest> RequestsFor(string method)
    {
        lock (_gate)
        {
            return _requests.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });

        // Ignore appsettings and ASPNETCORE_* variables of whatever else is in the test's bin folder.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));

        var app = builder.Build();
        app.Run(HandleAsync);
        _app = app;
        await app.StartAsync(cancellationToken);
        BaseUrl = app.Urls.Single().TrimEnd('/');
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var method = string.Empty;
        var args = BotRequestArgs.Empty;
        BotReply reply;
        try
        {
            if (!TryParsePath(context.Request.Path.Value, out var token, out method))
            {
                reply = BotReply.Error(404, "Not Found");
            }
            else if (!string.Equals(token, Token, StringComparison.Ordinal))
            {
                reply = BotReply.Error(401, "Unauthorized");
            }
            else
            {
                args = await BotRequestArgs.ReadAsync(context.Request, linked.Token);
                reply = await DispatchAsync(method, args, linked.Token);
            }
        }
        catch (JsonException ex)
        {
            reply = BotReply.Error(400, "Bad Request: can't parse JSON: " + ex.Message);
        }
        catch (InvalidDataException ex)
        {
            reply = BotReply.Error(400, "Bad Request: can't parse form: " + ex.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        lock (_gate)
        {
            _requests.Add(new RecordedRequest(
                method, args.RawBody, args.GetLong("chat_id"), reply.StatusCode, reply.Description, Now));
        }

        SignalWaiters();
        context.Response.StatusCode = reply.StatusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body.ToJsonString(), CancellationToken.None);
    }

    private async Task<BotReply> DispatchAsync(string method, BotRequestArgs args, CancellationToken cancellationToken)
    {
        if (CheckInjectedFailure(method, args) is { } failure)
        {
            return failure;
        }

        if (string.Equals(method, "getUpdates", StringComparison.OrdinalIgnoreCase))
        {
            return await GetUpdatesAsync(args, cancellationToken);
        }

        return _handlers.TryGetValue(method, out var handler)
            ? handler(args)
            : BotReply.Error(404, "Not Found: method not found");
    }

    private static bool TryParsePath(string? path, out string token, out string method)
    {
        token = method = string.Empty;
        const string Prefix = "/bot";
        if (path is null || !path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var slash = path.IndexOf('/', Prefix.Length);
        if (slash < 0 || slash == path.Length - 1 || path.IndexOf('/', slash + 1) >= 0)
        {
            return false;
        }

        token = path[Prefix.Length..slash];
        method = path[(slash + 1)..];
        return true;
    }

    private DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>One answer: the HTTP status and the <c>{"ok":…}</c> body.</summary>
    private sealed record BotReply(int StatusCode, JsonObject Body, string? Description)
    {
        public static BotReply Ok<T>(T result) => new(
            200,
            new JsonObject { ["ok"] = true, ["result"] = JsonSerializer.SerializeToNode(result, JsonBotAPI.Options) },
            null);

        public static BotReply Error(int errorCode, string description, int? retryAfter = null)
        {
            var body = new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description };
            if (retryAfter is int seconds)
            {
                body["parameters"] = new JsonObject { ["retry_after"] = seconds };
            }

            return new BotReply(errorCode, body, description);
        }
    }
}
