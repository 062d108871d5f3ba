using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ParentBot.Core.Storage;
using ParentBot.Telegram;

namespace ParentBot.Host;

/// <summary>Tells the person who started ParentBot where to open it.</summary>
internal static class StartupBanner
{
    /// <summary>Where the console's login page is, for what the command line prints (the first configured address).</summary>
    public static string ConsoleUrl(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var first = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return $"{(string.IsNullOrEmpty(first) ? "http://127.0.0.1:5080" : first.TrimEnd('/'))}/staff/login";
    }

    public static void Print(WebApplication app, TextWriter output)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? "http://127.0.0.1:5080";
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var telegram = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        output.WriteLine($"ParentBot is running.");
        output.WriteLine($"  Web chat:      {address.TrimEnd('/')}/");
        output.WriteLine($"  Staff console: {address.TrimEnd('/')}/staff");
        if (!app.Services.GetRequiredService<StaffStore>().Any())
        {
            output.WriteLine("                 no staff account yet: stop, then run  dotnet run --project src/ParentBot.Host -- staff add --email <e-mail> --role admin --organisation <id>");
        }

        output.WriteLine($"  Health:        {address.TrimEnd('/')}/healthz");
        output.WriteLine($"  Database:      {Path.GetFullPath(storage.Path)}");
        output.WriteLine(telegram.Enabled
            ? $"  Telegram:      on ({(telegram.UsesWebhook ? "webhook" : "long polling")})"
            : "  Telegram:      off (set ParentBot__Telegram__Token to turn it on)");
    }
}
