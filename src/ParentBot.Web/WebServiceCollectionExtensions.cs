using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using ParentBot.Core.Outbox;
using ParentBot.Web.Chat;
using ParentBot.Web.Health;
using ParentBot.Web.Staff;

namespace ParentBot.Web;

/// <summary>Registers and maps the web parts: the chat page and API, the health endpoint and the staff console.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddParentBotWeb(this IServiceCollection services)
    {
        services.AddSingleton<WebChatService>();
        services.AddSingleton<IChannelSender, WebChannelSender>();
        services.AddParentBotStaffConsole();
        return services;
    }

    public static WebApplication MapParentBotWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = new ManifestlessFiles(Assembly.GetExecutingAssembly());
        app.MapGet("/", () => files.Serve("index.html", "text/html; charset=utf-8"));
        app.MapGet("/chat.js", () => files.Serve("chat.js", "text/javascript; charset=utf-8"));
        app.MapGet("/chat.css", () => files.Serve("chat.css", "text/css; charset=utf-8"));
        app.MapWebChat();
        app.MapHealth();
        app.MapParentBotStaffConsole();
        return app;
    }

    /// <summary>The page's three files, embedded in this assembly so the host needs no wwwroot of its own.</summary>
    private sealed class ManifestlessFiles(Assembly assembly)
    {
        private readonly EmbeddedFileProvider _provider = new(assembly, "ParentBot.Web.wwwroot");

        public IResult Serve(string name, string contentType)
        {
            var file = _provider.GetFileInfo(name);
            return file.Exists ? Results.Stream(file.CreateReadStream(), contentType) : Results.NotFound();
        }
    }
}
