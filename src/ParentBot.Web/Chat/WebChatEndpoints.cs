using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;

namespace ParentBot.Web.Chat;

/// <summary>
/// The web chat API of DESIGN §3. Bodies are parsed by hand so that every kind of bad input gets a
/// 400 with <c>{"error":"…"}</c>, never a 500.
/// </summary>
internal static class WebChatEndpoints
{
    /// <summary>A chat message body is a few hundred bytes; anything near this is not a parent typing.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    public static void MapWebChat(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/chat/sessions");
        api.MapPost("/", CreateSessionAsync);
        api.MapPost("/{sessionId}/messages", PostMessageAsync);
        api.MapGet("/{sessionId}/messages", GetMessages);
        api.MapGet("/{sessionId}/messages/{seq}/attachment", GetAttachment);
    }

    private static async Task<IResult> CreateSessionAsync(HttpRequest request, WebChatService chat, LanguageCatalog languages, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct).ConfigureAwait(false);
        if (body.Error is not null)
        {
            return Error(body.Error);
        }

        string? language = null;
        if (body.Root is { } root && root.TryGetProperty("language", out var lang) && lang.ValueKind != JsonValueKind.Null)
        {
            if (lang.ValueKind != JsonValueKind.String || !languages.TryGet(lang.GetString(), out _))
            {
                return Error($"unknown language; use one of: {string.Join(", ", languages.All.Select(l => l.Code))}");
            }

            language = lang.GetString();
        }

        var (sessionId, messages) = await chat.StartAsync(language, ct).ConfigureAwait(false);
        return Results.Json(new { sessionId, messages = messages.Select(m => MessageDto.From(sessionId, m)) }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> PostMessageAsync(string sessionId, HttpRequest request, WebChatService chat, CancellationToken ct)
    {
        if (!chat.Exists(sessionId))
        {
            return NotFound();
        }

        var body = await ReadBodyAsync(request, ct).ConfigureAwait(false);
        if (body.Error is not null || body.Root is not { } root)
        {
            return Error(body.Error ?? "expected a JSON body with \"text\" or \"button\"");
        }

        var hasText = root.TryGetProperty("text", out var text);
        var hasButton = root.TryGetProperty("button", out var button);
        if (hasText == hasButton)
        {
            return Error("give exactly one of \"text\" or \"button\"");
        }

        var value = hasText ? text : button;
        if (value.ValueKind != JsonValueKind.String)
        {
            return Error(hasText ? "\"text\" must be a string" : "\"button\" must be a string");
        }

        var messages = await chat.SendAsync(sessionId, hasText ? InboundKind.Text : InboundKind.Button, value.GetString()!, ct).ConfigureAwait(false);
        return Results.Ok(new { messages = messages.Select(m => MessageDto.From(sessionId, m)) });
    }

    private static IResult GetMessages(string sessionId, HttpRequest request, WebChatService chat)
    {
        if (!chat.Exists(sessionId))
        {
            return NotFound();
        }

        long after = 0;
        if (request.Query.TryGetValue("after", out var raw)
            && !long.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            return Error("\"after\" must be a whole number");
        }

        return Results.Ok(new { messages = chat.After(sessionId, after).Select(m => MessageDto.From(sessionId, m)) });
    }

    /// <summary>The file of one message, for the session it was sent to only: another session's id gives 404.</summary>
    private static IResult GetAttachment(string sessionId, string seq, WebChatService chat)
    {
        if (!chat.Exists(sessionId)
            || !long.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || chat.Attachment(sessionId, number) is not { } file)
        {
            return Results.Json(new { error = "no such file" }, statusCode: StatusCodes.Status404NotFound);
        }

        return Results.File(file.Content.ToArray(), file.MediaType, file.FileName);
    }

    private static async Task<(JsonElement? Root, string? Error)> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, "body too large");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return (null, "body too large");
            }
        }

        if (buffer.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(buffer.ToArray());
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? (doc.RootElement.Clone(), null)
                : (null, "expected a JSON object");
        }
        catch (JsonException)
        {
            return (null, "malformed JSON");
        }
    }

    private static IResult Error(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status400BadRequest);

    private static IResult NotFound() => Results.Json(new { error = "unknown session" }, statusCode: StatusCodes.Status404NotFound);
}
