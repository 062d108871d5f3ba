using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ParentBot.Core.Storage;
using ParentBot.Telegram;

namespace ParentBot.Host;

/// <summary>Tells the person who started ParentBot where to open it.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app, TextWriter output)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? "http://127.0.0.1:5080";
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var telegram = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        output.WriteLine($"ParentBot is running.");
        output.WriteLine($"  Web chat:      {address.TrimEnd('/')}/");
        output.WriteLine($"  Staff console: {address.TrimEnd('/')}/staff (not built yet: see the console issue)");
        output.WriteLine($"  Health:        {address.TrimEnd('/')}/healthz");
        output.WriteLine($"  Database:      {Path.GetFullPath(storage.Path)}");
        output.WriteLine(telegram.Enabled
            ? $"  Telegram:      on ({(telegram.UsesWebhook ? "webhook" : "long polling")})"
            : "  Telegram:      off (set ParentBot__Telegram__Token to turn it on)");
    }
}
