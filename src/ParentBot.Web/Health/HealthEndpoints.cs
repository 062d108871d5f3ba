using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Health;

/// <summary><c>GET /healthz</c>: 200 when storage takes a write, else 503.</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", (ParentBotDatabase database) => database.IsWritable()
            ? Results.Json(new { status = "ok" })
            : Results.Json(new { status = "storage not writable" }, statusCode: StatusCodes.Status503ServiceUnavailable));
}
