using ParentBot.Core.Sessions;
using ParentBot.Core.Storage;

namespace ParentBot.Host.Cli;

/// <summary>
/// <c>groups list</c> and <c>groups invite &lt;series-id&gt; [--qr poster.png]</c>: what a facilitator needs for a
/// poster before the console is at hand — the deep link, the code, and the QR code image.
/// </summary>
internal static class GroupsCommand
{
    public static int Run(string[] args, IServiceProvider services, IConfiguration configuration, TextWriter output)
    {
        var series = services.GetRequiredService<SeriesStore>();
        switch (args)
        {
            case ["list"]:
                foreach (var group in series.All().OrderBy(s => s.Organisation, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal))
                {
                    output.WriteLine($"{group.Id}\t{group.Organisation}\t{group.Name}\tcode {group.InviteCode}");
                }

                return 0;
            case ["invite", var id, .. var rest]:
                if (series.Find(id) is not { } found)
                {
                    output.WriteLine($"groups invite: no group '{id}' (see: groups list)");
                    return 1;
                }

                var invitation = Invitation.For(found, configuration["ParentBot:Telegram:BotUsername"]);
                output.WriteLine($"{found.Name}: code {invitation.Code}");
                output.WriteLine(invitation.Link is null
                    ? "Set ParentBot:Telegram:BotUsername to get the Telegram link; the QR code holds the code meanwhile."
                    : $"Telegram link: {invitation.Link}");
                if (rest is ["--qr", var file])
                {
                    File.WriteAllBytes(file, invitation.QrPng());
                    output.WriteLine($"QR code written to {Path.GetFullPath(file)}");
                }

                return 0;
            default:
                output.WriteLine("usage: groups list | groups invite <series-id> [--qr poster.png]");
                return 1;
        }
    }
}
