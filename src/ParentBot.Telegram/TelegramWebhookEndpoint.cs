using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ParentBot.Telegram;

/// <summary>
/// The webhook: refuses any request without the right <c>X-Telegram-Bot-Api-Secret-Token</c> (compared in
/// constant time), then handles the update like polling does.
/// </summary>
internal static class TelegramWebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static async Task<IResult> HandleAsync(HttpRequest request, TelegramUpdateProcessor processor, string secret, CancellationToken ct)
    {
        var given = request.Headers[SecretHeader].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(secret)))
        {
            return Results.Json(new { error = "forbidden" }, statusCode: StatusCodes.Status403Forbidden);
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, ct).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Results.Json(new { error = "malformed update" }, statusCode: StatusCodes.Status400BadRequest);
        }

        if (update is null)
        {
            return Results.Json(new { error = "malformed update" }, statusCode: StatusCodes.Status400BadRequest);
        }

        await processor.ProcessAsync(update, ct).ConfigureAwait(false);
        return Results.Ok();
    }
}
