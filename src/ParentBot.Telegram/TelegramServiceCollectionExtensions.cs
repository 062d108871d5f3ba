using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParentBot.Core.Delivery;
using ParentBot.Core.Outbox;
using Telegram.Bot;

namespace ParentBot.Telegram;

/// <summary>Registers the Telegram adapter when a token is configured; nothing otherwise.</summary>
public static class TelegramServiceCollectionExtensions
{
    public static IServiceCollection AddParentBotTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        var settings = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!settings.Enabled)
        {
            return services;
        }

        // The token is part of every request URL: the Telegram HttpClient must never log requests.
        services.AddHttpClient("telegram").RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient("telegram");
            // Our sender paces and honours retry_after itself; the client's silent retries would hide 429s.
            return new TelegramBotClient(new TelegramBotClientOptions(o.Token!, o.ApiBaseUrl.TrimEnd('/')) { RetryThreshold = 0, RetryCount = 0 }, http);
        });
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            return new SendPacer(sp.GetRequiredService<TimeProvider>(), new PacingOptions
            {
                GlobalPerSecond = o.GlobalPerSecond, GlobalBurst = o.GlobalBurst, PerChatPerSecond = o.PerChatPerSecond, PerChatBurst = o.PerChatBurst,
            });
        });
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<IChannelSender, TelegramChannelSender>();
        services.AddSingleton<TelegramUpdateProcessor>();
        services.AddHostedService<TelegramStartup>();
        services.AddHostedService<TelegramBotName>();
        if (!settings.UsesWebhook)
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return services;
    }

    /// <summary>Maps the webhook at the path of <c>ParentBot:Telegram:WebhookUrl</c>, in webhook mode only.</summary>
    public static WebApplication MapTelegramWebhook(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var o = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (o.Enabled && o.UsesWebhook && Uri.TryCreate(o.WebhookUrl, UriKind.Absolute, out var url))
        {
            var secret = o.WebhookSecret ?? string.Empty;
            app.MapPost(url.AbsolutePath, (HttpRequest request, TelegramUpdateProcessor processor, CancellationToken ct) =>
                TelegramWebhookEndpoint.HandleAsync(request, processor, secret, ct));
        }

        return app;
    }
}
