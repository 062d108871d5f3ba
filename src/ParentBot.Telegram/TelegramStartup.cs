using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParentBot.Core.Localization;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ParentBot.Telegram;

/// <summary>
/// At start: the command menu in every language (Telegram shows the one matching the parent's app
/// language), then the webhook registered with its secret — or removed, for long polling, without
/// dropping the updates that wait.
/// </summary>
internal sealed partial class TelegramStartup(
    ITelegramBotClient bot, Localizer localizer, IOptions<TelegramOptions> options, ILogger<TelegramStartup> logger) : IHostedService
{
    private static readonly string[] Commands = ["start", "menu", "help", "language", "cancel", "privacy", "mydata", "forget"];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await bot.SetMyCommands(CommandsIn("en"), cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var language in localizer.Languages.All)
        {
            foreach (var code in language.TelegramCodes)
            {
                await bot.SetMyCommands(CommandsIn(language.Code), languageCode: code, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        var o = options.Value;
        if (o.UsesWebhook)
        {
            await bot.SetWebhook(o.WebhookUrl!, secretToken: o.WebhookSecret,
                allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember], cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            LogWebhook(logger);
        }
        else
        {
            await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<BotCommand> CommandsIn(string language) =>
        Commands.Select(c => new BotCommand { Command = c, Description = localizer.Text(language, "commands." + c) });

    [LoggerMessage(EventId = 50, Level = LogLevel.Information, Message = "Telegram: webhook registered")]
    private static partial void LogWebhook(ILogger logger);
}
