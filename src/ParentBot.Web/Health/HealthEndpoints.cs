using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Health;

/// <summary><c>GET /healthz</c>: 200 when storage takes a write and the outbox dispatcher runs, else 503.</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", (ParentBotDatabase database, OutboxDispatcher dispatcher) =>
            !database.IsWritable() ? Results.Json(new { status = "storage not writable" }, statusCode: StatusCodes.Status503ServiceUnavailable)
            : !dispatcher.IsRunning ? Results.Json(new { status = "dispatcher not running" }, statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Json(new { status = "ok" }));
}
