using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Staff;

/// <summary>
/// <c>staff add|list|reset-password</c> run as the real host process (<c>dotnet ParentBot.Host.dll staff …</c>) on a temp
/// database; the printed one-time password is then tried in the console of a host started on that database.
/// </summary>
public sealed partial class StaffCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task StaffAdd_MakesTheFirstAdmin_WhoseOneTimePasswordLeadsToChoosingTheirOwn()
    {
        var (code, output, _) = await RunAsync("staff", "add", "--email", "Anna@HVK.be", "--role", "admin", "--organisation", "hvk-mechelen",
            "--organisation-name", "Huis van het Kind Mechelen", "--name", "Anna", "--language", "fr");

        Assert.Equal(0, code);
        Assert.Contains("Created admin account anna@hvk.be (Anna) in Huis van het Kind Mechelen [hvk-mechelen].", output, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:5080/staff/login", output, StringComparison.Ordinal);
        var password = PasswordIn(output);
        await using var host = new ParentBotFactory(_dir.DatabasePath);
        using var console = new ConsoleClient(host);
        var login = await console.LoginAsync("anna@hvk.be", password);
        var page = await console.GetAsync("/staff/password");

        Assert.Equal("/staff/password", login.Location?.OriginalString);
        Assert.Contains("Choisissez votre mot de passe", page.Html, StringComparison.Ordinal);
        var account = host.Services.GetRequiredService<StaffStore>().FindByEmail("anna@hvk.be")!;
        Assert.Equal(StaffRole.Admin, account.Role);
        Assert.DoesNotContain(password, account.PasswordHash, StringComparison.Ordinal);
        Assert.Equal("Huis van het Kind Mechelen", host.Services.GetRequiredService<VenueStore>().FindOrganisation("hvk-mechelen")!.Name);
        Assert.Contains(host.Services.GetRequiredService<AuditStore>().InOrganisation("hvk-mechelen", 0, 10),
            e => e.Action == AuditActions.AccountCreated && e.ActorId == AuditActions.CommandLine);
    }

    [Fact]
    public async Task StaffAdd_RefusesATakenEmail_AndShowsUsageForMissingOptions()
    {
        var first = await RunAsync("staff", "add", "--email", "anna@hvk.be", "--role", "staff", "--organisation", "hvk");
        var again = await RunAsync("staff", "add", "--email", "ANNA@hvk.be", "--role", "admin", "--organisation", "hvk");
        var noRole = await RunAsync("staff", "add", "--email", "bert@hvk.be", "--organisation", "hvk");
        var badRole = await RunAsync("staff", "add", "--email", "bert@hvk.be", "--role", "boss", "--organisation", "hvk");

        Assert.Equal(0, first.Code);
        Assert.Equal(1, again.Code);
        Assert.Contains("An account with that e-mail exists already.", again.Output, StringComparison.Ordinal);
        Assert.Equal(2, noRole.Code);
        Assert.StartsWith("usage: staff add", noRole.Output, StringComparison.Ordinal);
        Assert.Equal(2, badRole.Code);
    }

    [Fact]
    public async Task StaffListAndResetPassword_WorkFromTheCommandLine_ButNotWhileTheBotRuns()
    {
        var added = await RunAsync("staff", "add", "--email", "anna@hvk.be", "--role", "admin", "--organisation", "hvk");
        var list = await RunAsync("staff", "list", "--organisation", "hvk");
        var reset = await RunAsync("staff", "reset-password", "--email", "anna@hvk.be");

        Assert.Contains("anna@hvk.be\tadmin\tanna\tnl one-time password", list.Output, StringComparison.Ordinal);
        Assert.Contains("1 account(s) in hvk", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, reset.Code);
        await using var host = new ParentBotFactory(_dir.DatabasePath);
        using var console = new ConsoleClient(host);
        Assert.Contains("wrong", (await console.LoginAsync("anna@hvk.be", PasswordIn(added.Output))).Html, StringComparison.Ordinal);
        Assert.Equal("/staff/password", (await console.LoginAsync("anna@hvk.be", PasswordIn(reset.Output))).Location?.OriginalString);

        var whileRunning = await RunAsync("staff", "list", "--organisation", "hvk");

        Assert.Equal(2, whileRunning.Code);
        Assert.StartsWith("ParentBot cannot start:", whileRunning.Error, StringComparison.Ordinal);
    }

    private static string PasswordIn(string output)
    {
        var match = PasswordPattern().Match(output);
        Assert.True(match.Success, output);
        return match.Groups[1].Value;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var bin = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bin, "ParentBot.Host.dll"), .. args])
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ParentBot__Storage__Path"] = _dir.DatabasePath;
        start.Environment["ParentBot__Dialogs__Path"] = RepoPaths.Dialogs;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [GeneratedRegex("password(?: for [^:]+)?: (\\S+)")]
    private static partial Regex PasswordPattern();
}
