using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Web.Staff.Accounts;

namespace ParentBot.BrowserTests;

/// <summary>
/// The host with its demo organisations (Huis van het Kind Mechelen and Gent, both demo), parents' questions going
/// to Mechelen, and helpers that make staff accounts the way the command line does.
/// </summary>
public sealed class ConsolePageHost : BrowserHost
{
    public const string Mechelen = "hvk-mechelen";
    public const string Gent = "hvk-gent";
    public const string Password = "a-long-enough-password";

    /// <summary>An account with a one-time password, as <c>staff add</c> prints it.</summary>
    public (StaffAccount Account, string OneTimePassword) NewAccount(string organisation, string email, StaffRole role = StaffRole.Staff)
    {
        var result = Services.GetRequiredService<StaffAccountService>().Create(new NewAccount(email, null, role, organisation, "en"), AuditActions.CommandLine);
        return (result.Account ?? throw new InvalidOperationException(result.Problem), result.OneTimePassword!);
    }

    /// <summary>An account that already chose <see cref="Password"/>.</summary>
    public StaffAccount ReadyAccount(string organisation, string email, StaffRole role = StaffRole.Staff)
    {
        var (account, _) = NewAccount(organisation, email, role);
        account.PasswordHash = Services.GetRequiredService<StaffPasswords>().Hash(account, Password);
        account.MustChangePassword = false;
        Services.GetRequiredService<StaffStore>().Save(account);
        return account;
    }

    /// <summary>A desktop-sized page, as staff at a family centre mostly see the console.</summary>
    public async Task<Microsoft.Playwright.IPage> OpenDesktopPageAsync(string path)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        return page;
    }

    /// <summary>A desktop page signed in as <paramref name="account"/> (made by <see cref="ReadyAccount"/>), on the console's home.</summary>
    public async Task<Microsoft.Playwright.IPage> LogInAsync(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var page = await OpenDesktopPageAsync("/staff/login");
        await page.GetByLabel("E-mail").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Hello" })).ToBeVisibleAsync();
        return page;
    }

    protected override void Configure(IWebHostBuilder builder) =>
        builder.UseSetting("ParentBot:Staff:DefaultOrganisation", Mechelen);
}
