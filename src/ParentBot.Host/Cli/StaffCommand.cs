using ParentBot.Core.Localization;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Web.Staff.Accounts;

namespace ParentBot.Host.Cli;

/// <summary>
/// <c>staff add --email … --role admin|staff|facilitator --organisation &lt;id&gt; [--organisation-name …] [--name …] [--language nl|fr|en]</c>:
/// makes an account (and its organisation, if new) and prints a one-time password, to be changed at the first login.
/// <c>staff list --organisation &lt;id&gt;</c> and <c>staff reset-password --email …</c>. Run while the bot is stopped:
/// the database is one process's at a time.
/// </summary>
internal static class StaffCommand
{
    public static int Run(string[] args, IServiceProvider services, TextWriter output, string consoleUrl)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = Options(args.Skip(1));
        if (options is null)
        {
            return Usage(output);
        }

        return args.FirstOrDefault() switch
        {
            "add" => Add(options, services, output, consoleUrl),
            "list" => List(options, services, output),
            "reset-password" => Reset(options, services, output, consoleUrl),
            _ => Usage(output),
        };
    }

    private static int Add(Dictionary<string, string> options, IServiceProvider services, TextWriter output, string consoleUrl)
    {
        if (!options.TryGetValue("email", out var email) || !options.TryGetValue("organisation", out var organisation)
            || !options.TryGetValue("role", out var roleText) || !Enum.TryParse<StaffRole>(roleText, ignoreCase: true, out var role)
            || int.TryParse(roleText, out _))
        {
            return Usage(output);
        }

        var request = new NewAccount(email, options.GetValueOrDefault("name"), role, organisation, options.GetValueOrDefault("language") ?? "nl");
        var result = services.GetRequiredService<StaffAccountService>().Create(
            request, AuditActions.CommandLine, createOrganisation: true, organisationName: options.GetValueOrDefault("organisation-name"));
        if (result.Account is not { } account)
        {
            output.WriteLine(services.GetRequiredService<Localizer>().Text("en", result.Problem!));
            return 1;
        }

        var organisationName = services.GetRequiredService<VenueStore>().FindOrganisation(account.Organisation)?.Name ?? account.Organisation;
        output.WriteLine($"Created {account.Role.ToString().ToLowerInvariant()} account {account.Email} ({account.DisplayName}) in {organisationName} [{account.Organisation}].");
        output.WriteLine($"One-time password: {result.OneTimePassword}");
        output.WriteLine($"It must be changed at the first login: {consoleUrl}");
        return 0;
    }

    private static int List(Dictionary<string, string> options, IServiceProvider services, TextWriter output)
    {
        if (!options.TryGetValue("organisation", out var organisation))
        {
            return Usage(output);
        }

        var accounts = services.GetRequiredService<StaffStore>().InOrganisation(organisation);
        foreach (var account in accounts)
        {
            var notes = (account.MustChangePassword ? " one-time password" : string.Empty) + (account.Chat is null ? string.Empty : " telegram");
            output.WriteLine($"{account.Email}\t{account.Role.ToString().ToLowerInvariant()}\t{account.DisplayName}\t{account.Language}{notes}");
        }

        output.WriteLine($"{accounts.Count} account(s) in {organisation}");
        return 0;
    }

    private static int Reset(Dictionary<string, string> options, IServiceProvider services, TextWriter output, string consoleUrl)
    {
        if (!options.TryGetValue("email", out var email))
        {
            return Usage(output);
        }

        if (services.GetRequiredService<StaffStore>().FindByEmail(email) is not { } account)
        {
            output.WriteLine($"No account with the e-mail {email}.");
            return 1;
        }

        var password = services.GetRequiredService<StaffAccountService>().ResetPassword(account, AuditActions.CommandLine);
        output.WriteLine($"New one-time password for {account.Email}: {password}");
        output.WriteLine($"It must be changed at the next login: {consoleUrl}");
        return 0;
    }

    /// <summary>"--email a@b --role admin" → {email: a@b, role: admin}; null when the options do not pair up.</summary>
    private static Dictionary<string, string>? Options(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        using var items = args.GetEnumerator();
        while (items.MoveNext())
        {
            var name = items.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !items.MoveNext() || items.Current.StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            options[name[2..]] = items.Current;
        }

        return options;
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine("usage: staff add --email <e-mail> --role admin|staff|facilitator --organisation <id> [--organisation-name <name>] [--name <name>] [--language nl|fr|en]");
        output.WriteLine("       staff list --organisation <id>");
        output.WriteLine("       staff reset-password --email <e-mail>");
        return 2;
    }
}
