using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParentBot.Core.Staff;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ParentBot.Telegram;

/// <summary>
/// Learns the bot's @name (<c>getMe</c>) so the staff console can show a deep link for linking Telegram. In the
/// background and retried: the bot works without it, the console then shows only the code.
/// </summary>
internal sealed partial class TelegramBotName(ITelegramBotClient bot, BotProfile profile, TimeProvider time, ILogger<TelegramBotName> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var me = await bot.GetMe(stoppingToken).ConfigureAwait(false);
                profile.TelegramUsername = me.Username;
                return;
            }
            catch (Exception ex) when (ex is RequestException or HttpRequestException)
            {
                LogNoName(logger, ex);
            }

            await Task.Delay(RetryAfter, time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 60, Level = LogLevel.Warning, Message = "Telegram: could not learn the bot's name yet; the console shows link codes without a link")]
    private static partial void LogNoName(ILogger logger, Exception exception);
}
