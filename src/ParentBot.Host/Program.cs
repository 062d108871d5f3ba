using ParentBot.Core;
using ParentBot.Host;
using ParentBot.Host.Cli;
using ParentBot.Telegram;
using ParentBot.Web;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.Services.AddParentBotCore(builder.Configuration)
                .AddParentBotTelegram(builder.Configuration)
                .AddParentBotWeb();

try
{
    var app = builder.Build();
    if (args is ["dialogs", .. var verb])
    {
        // A content check needs the content and the code's action names, not a running bot or its database.
        return DialogsCommand.Run(verb, app.Services, Console.Out);
    }

    if (args is ["groups", .. var groupArgs])
    {
        return GroupsCommand.Run(groupArgs, app.Services, app.Configuration, Console.Out);
    }

    if (args is ["staff", .. var staffVerb])
    {
        return StaffCommand.Run(staffVerb, app.Services, Console.Out, StartupBanner.ConsoleUrl(builder.Configuration));
    }

    app.MapParentBotWeb();
    app.MapTelegramWebhook();
    app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, Console.Out));
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupFailure.Describe(ex) is { } line)
{
    // One clear line instead of a stack trace: a wrong setting, a second instance, broken content.
    await Console.Error.WriteLineAsync(line);
    return 2;
}
