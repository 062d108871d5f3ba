using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ParentBot.Telegram;

/// <summary>Each failure names the setting, so a wrong configuration stops start-up with one clear line.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (!TokenPattern().IsMatch(options.Token!))
        {
            return ValidateOptionsResult.Fail("ParentBot:Telegram:Token does not look like a bot token (digits:letters)");
        }

        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            return ValidateOptionsResult.Fail("ParentBot:Telegram:ApiBaseUrl must be an absolute http(s) URL");
        }

        if (options.UsesWebhook && !IsHttpUrl(options.WebhookUrl!))
        {
            return ValidateOptionsResult.Fail("ParentBot:Telegram:WebhookUrl must be an absolute http(s) URL");
        }

        if (options.UsesWebhook && (options.WebhookSecret is null || !SecretPattern().IsMatch(options.WebhookSecret)))
        {
            return ValidateOptionsResult.Fail("ParentBot:Telegram:WebhookSecret is required when WebhookUrl is set (1-256 of A-Z a-z 0-9 _ -)");
        }

        return options.PollingTimeoutSeconds is < 0 or > 50
            ? ValidateOptionsResult.Fail("ParentBot:Telegram:PollingTimeoutSeconds must be between 0 and 50")
            : options.GlobalPerSecond <= 0 || options.PerChatPerSecond <= 0
                ? ValidateOptionsResult.Fail("ParentBot:Telegram:GlobalPerSecond and PerChatPerSecond must be above 0")
                : ValidateOptionsResult.Success;
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
