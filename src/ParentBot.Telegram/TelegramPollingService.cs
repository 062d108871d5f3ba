using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParentBot.Core.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ParentBot.Telegram;

/// <summary>
/// Long polling. Each batch is fanned out per chat — chats in parallel, each chat's updates in order —
/// and the offset is stored only once the whole batch is handled, so a crash redelivers rather than
/// loses; redelivered updates are then dropped by their update id. Never drops pending updates at start.
/// </summary>
internal sealed partial class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramUpdateProcessor processor,
    MetaStore meta,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private const string OffsetKey = "telegram.offset";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogPolling(logger);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var offset = (int)(meta.GetLong(OffsetKey) ?? 0);
                var updates = await bot.GetUpdates(offset, limit: 100, timeout: options.Value.PollingTimeoutSeconds, cancellationToken: stoppingToken)
                    .ConfigureAwait(false);
                if (updates.Length > 0)
                {
                    await HandleBatchAsync(updates, stoppingToken).ConfigureAwait(false);
                    meta.SetLong(OffsetKey, updates.Max(u => u.Id) + 1L);
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                LogPollFailed(logger, ex, failures);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, failures * 2)), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    internal Task HandleBatchAsync(IEnumerable<Update> updates, CancellationToken cancellationToken) =>
        Task.WhenAll(updates.GroupBy(ChatOf).Select(async chat =>
        {
            foreach (var update in chat.OrderBy(u => u.Id))
            {
                await processor.ProcessAsync(update, cancellationToken).ConfigureAwait(false);
            }
        }));

    private static long ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.MyChatMember?.Chat.Id ?? 0;

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Telegram: long polling")]
    private static partial void LogPolling(ILogger logger);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Telegram polling failed ({Failures} in a row); retrying")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, int failures);
}
