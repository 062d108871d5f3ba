using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Places;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Web.Staff.Accounts;

namespace ParentBot.Tests.Support;

/// <summary>The whole host on a temp database and a fake clock, with helpers to make organisations and staff who can log in.</summary>
public sealed class ConsoleWorld : IAsyncDisposable
{
    public const string Password = "a-long-enough-password";

    private readonly TempDirectory _dir = new();

    public ConsoleWorld(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Host = new ParentBotFactory(_dir.DatabasePath, settings);
        _ = Host.Services;
    }

    public ParentBotFactory Host { get; }

    public IServiceProvider Services => Host.Services;

    public ConsoleClient NewClient() => new(Host);

    public Organisation Organisation(string id, string name) => StaffSeed.Organisation(Services, id, name);

    /// <summary>An account as <c>staff add</c> makes it: a one-time password that must be changed first.</summary>
    public (StaffAccount Account, string OneTimePassword) NewAccount(string organisation, string email, StaffRole role = StaffRole.Staff, string language = "en")
    {
        var result = Services.GetRequiredService<StaffAccountService>().Create(new NewAccount(email, null, role, organisation, language), AuditActions.CommandLine);
        Assert.Null(result.Problem);
        return (result.Account!, result.OneTimePassword!);
    }

    /// <summary>An account that chose its own password (<see cref="Password"/>) already.</summary>
    public StaffAccount ReadyAccount(string organisation, string email, StaffRole role = StaffRole.Staff, string language = "en")
    {
        var (account, _) = NewAccount(organisation, email, role, language);
        account.PasswordHash = Services.GetRequiredService<StaffPasswords>().Hash(account, Password);
        account.MustChangePassword = false;
        Services.GetRequiredService<StaffStore>().Save(account);
        return account;
    }

    public async Task<ConsoleClient> LoggedInAsync(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var client = NewClient();
        var (status, _, location) = await client.LoginAsync(account.Email, Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, status);
        Assert.Equal("/staff", location?.OriginalString);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _dir.Dispose();
    }
}
