using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Staff;

/// <summary>Signing in to the console over HTTP against the whole host: one-time passwords, lockout, antiforgery, session expiry on the fake clock.</summary>
public sealed class ConsoleLoginTests
{
    [Fact]
    public async Task OneTimePassword_MustBeChangedBeforeAnythingElse_AndThenNoLongerWorks()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        var (account, oneTime) = world.NewAccount("hvk", "sara@hvk.be", StaffRole.Admin);
        using var client = world.NewClient();

        var login = await client.LoginAsync("SARA@hvk.be ", oneTime);
        var elsewhere = await client.GetAsync("/staff/questions");
        var tooShort = await client.PostAsync("/staff/password", "/staff/password", Change(oneTime, "short"));
        var changed = await client.PostAsync("/staff/password", "/staff/password", Change(oneTime, "my own good password"));
        var questions = await client.GetAsync("/staff/questions");
        using var other = world.NewClient();
        var oldPassword = await other.LoginAsync("sara@hvk.be", oneTime);

        Assert.Equal("/staff/password", login.Location?.OriginalString);
        Assert.Equal("/staff/password", elsewhere.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, tooShort.Status);
        Assert.Contains("at least 10 characters", tooShort.Html, StringComparison.Ordinal);
        Assert.Equal("/staff", changed.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, questions.Status);
        Assert.Equal(HttpStatusCode.OK, oldPassword.Status);
        Assert.Contains("The e-mail or the password is wrong.", oldPassword.Html, StringComparison.Ordinal);
        Assert.False(world.Services.GetRequiredService<StaffStore>().Find(account.Id)!.MustChangePassword);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccountForFifteenMinutes_OnTheInjectedClock()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        var account = world.ReadyAccount("hvk", "sara@hvk.be");
        using var client = world.NewClient();

        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.LoginAsync("sara@hvk.be", "wrong password " + i);
            Assert.Contains("The e-mail or the password is wrong.", wrong.Html, StringComparison.Ordinal);
        }

        var fifth = await client.LoginAsync("sara@hvk.be", "wrong password 5");
        var rightButLocked = await client.LoginAsync("sara@hvk.be", ConsoleWorld.Password);
        world.Host.Time.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await client.LoginAsync("sara@hvk.be", ConsoleWorld.Password);
        world.Host.Time.Advance(TimeSpan.FromMinutes(1.5));
        var open = await client.LoginAsync("sara@hvk.be", ConsoleWorld.Password);

        Assert.Contains("This account is locked", fifth.Html, StringComparison.Ordinal);
        Assert.Contains("This account is locked", rightButLocked.Html, StringComparison.Ordinal);
        Assert.Contains("This account is locked", stillLocked.Html, StringComparison.Ordinal);
        Assert.Equal("/staff", open.Location?.OriginalString);
        var log = world.Services.GetRequiredService<AuditStore>().InOrganisation("hvk", 0, 100).Select(e => e.Action).ToList();
        Assert.Equal(1, log.Count(a => a == AuditActions.LockedOut));
        Assert.Equal(7, log.Count(a => a == AuditActions.LoginFailed));
        Assert.Equal(AuditActions.Login, log[0]);
        Assert.Equal(0, world.Services.GetRequiredService<StaffStore>().Find(account.Id)!.FailedLogins);
    }

    [Fact]
    public async Task UnknownEmail_GetsTheSameAnswerAsAWrongPassword()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        world.ReadyAccount("hvk", "sara@hvk.be");
        using var client = world.NewClient();

        var unknown = await client.LoginAsync("nobody@hvk.be", ConsoleWorld.Password);
        var wrong = await client.LoginAsync("sara@hvk.be", "not the password");

        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Contains("The e-mail or the password is wrong.", unknown.Html, StringComparison.Ordinal);
        Assert.Contains("The e-mail or the password is wrong.", wrong.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormsWithoutTheAntiforgeryToken_AreRefused_AndChangeNothing()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        var account = world.ReadyAccount("hvk", "sara@hvk.be");
        using var anonymous = world.NewClient();
        using var client = await world.LoggedInAsync(account);

        var login = await anonymous.PostWithoutTokenAsync("/staff/login", new Dictionary<string, string> { ["email"] = "sara@hvk.be", ["password"] = ConsoleWorld.Password });
        var code = await client.PostWithoutTokenAsync("/staff/telegram?handler=code", new Dictionary<string, string>());
        var forged = await client.PostWithoutTokenAsync("/staff/telegram?handler=code", new Dictionary<string, string> { ["__RequestVerificationToken"] = "forged" });

        Assert.Equal(HttpStatusCode.BadRequest, login.Status);
        Assert.Equal(HttpStatusCode.BadRequest, code.Status);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Null(world.Services.GetRequiredService<StaffStore>().Find(account.Id)!.LinkCode);
        Assert.DoesNotContain(world.Services.GetRequiredService<AuditStore>().InOrganisation("hvk", 0, 100), e => e.Action == AuditActions.LinkCodeMade);
    }

    [Fact]
    public async Task Session_EndsAfterThirtyIdleMinutes_OnTheFakeClock()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        using var client = await world.LoggedInAsync(world.ReadyAccount("hvk", "sara@hvk.be"));

        world.Host.Time.Advance(TimeSpan.FromMinutes(29));
        var stillIn = await client.GetAsync("/staff/questions");
        world.Host.Time.Advance(TimeSpan.FromMinutes(31));
        var expired = await client.GetAsync("/staff/questions");

        Assert.Equal(HttpStatusCode.OK, stillIn.Status);
        Assert.Equal(HttpStatusCode.Redirect, expired.Status);
        Assert.StartsWith("http://localhost/staff/login", expired.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_SlidesWhileItIsUsed_ButEndsAfterTwelveHoursInAnyCase()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        using var client = await world.LoggedInAsync(world.ReadyAccount("hvk", "sara@hvk.be"));

        // A request every 20 minutes keeps the session: 11 h 40 min in all.
        for (var i = 0; i < 35; i++)
        {
            world.Host.Time.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).Status);
        }

        world.Host.Time.Advance(TimeSpan.FromMinutes(21));
        var afterTwelveHours = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, afterTwelveHours.Status);
        Assert.Contains("/staff/login", afterTwelveHours.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePassword_EndsTheOtherSessions_AndLogoutEndsThisOne()
    {
        await using var world = new ConsoleWorld();
        world.Organisation("hvk", "Huis van het Kind Mechelen");
        var account = world.ReadyAccount("hvk", "sara@hvk.be");
        using var phone = await world.LoggedInAsync(account);
        using var laptop = await world.LoggedInAsync(account);

        var changed = await laptop.PostAsync("/staff/password", "/staff/password", Change(ConsoleWorld.Password, "another long password"));
        var phoneAfter = await phone.GetAsync("/staff");
        var laptopAfter = await laptop.GetAsync("/staff");
        var logout = await laptop.PostAsync("/staff", "/staff/logout", new Dictionary<string, string>());
        var afterLogout = await laptop.GetAsync("/staff");

        Assert.Equal("/staff", changed.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.Status);
        Assert.Equal(HttpStatusCode.OK, laptopAfter.Status);
        Assert.Equal("/staff/login", logout.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, afterLogout.Status);
    }

    [Fact]
    public async Task ConsolePages_SendStrictHeaders_AndNoScript()
    {
        await using var world = new ConsoleWorld();
        using var client = world.NewClient();
        using var http = world.Host.CreateClient();

        using var response = await http.GetAsync(new Uri("/staff/login", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, string> Change(string current, string next) =>
        new() { ["current"] = current, ["new"] = next, ["repeat"] = next };
}
