using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Questions;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Staff;

/// <summary>
/// Staff of one organisation try every console endpoint that takes an id with another organisation's ids, and
/// look at every list: they get 404 and see nothing of the other organisation. Roles are tried the same way.
/// </summary>
public sealed class ConsoleIsolationTests : IAsyncLifetime
{
    private ConsoleWorld _world = null!;
    private StaffAccount _mechelenAdmin = null!;
    private StaffAccount _gentAdmin = null!;
    private StaffAccount _gentStaff = null!;
    private QuestionThread _mechelenThread = null!;
    private QuestionThread _gentThread = null!;

    public async Task InitializeAsync()
    {
        // Parents whose town is unknown go to Mechelen: Gent's staff must not see their unanswered questions either.
        _world = new ConsoleWorld(new Dictionary<string, string?> { ["ParentBot:Staff:DefaultOrganisation"] = "hvk" });
        _world.Organisation("hvk", "Huis van het Kind Mechelen");
        _world.Organisation("gent", "Huis van het Kind Gent");
        _mechelenAdmin = _world.ReadyAccount("hvk", "sara@hvk.be", StaffRole.Admin);
        _gentAdmin = _world.ReadyAccount("gent", "tom@gent.be", StaffRole.Admin);
        _gentStaff = _world.ReadyAccount("gent", "lies@gent.be", StaffRole.Staff);
        var questions = _world.Services.GetRequiredService<QuestionStore>();
        var now = _world.Host.Time.GetUtcNow().UtcDateTime;
        _mechelenThread = questions.AddFromParent(ChatKey.ForTelegram(1), "hvk", "en", "Mechelen parent question", now);
        _gentThread = questions.AddFromParent(ChatKey.ForTelegram(2), "gent", "ar", "Gent parent question", now);
        _world.Services.GetRequiredService<KnowledgeFeedbackStore>().Add(ChatKey.ForTelegram(3), "en", "unanswered words of a parent", null, null, now);

        // Gent's admin leaves traces in Gent's audit log.
        using var gent = await _world.LoggedInAsync(_gentAdmin);
        await gent.PostAsync("/staff/telegram", "/staff/telegram?handler=code", new Dictionary<string, string>());
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task AnotherOrganisationsThread_IsNotFound_ByUrl()
    {
        using var client = await _world.LoggedInAsync(_mechelenAdmin);

        var own = await client.GetAsync($"/staff/questions/{_mechelenThread.Id}");
        var other = await client.GetAsync($"/staff/questions/{_gentThread.Id}");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("Mechelen parent question", own.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Contains("Not found.", other.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Gent parent question", other.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reply")]
    [InlineData("close")]
    [InlineData("reopen")]
    public async Task AnotherOrganisationsThread_CannotBeAnsweredClosedOrReopened(string handler)
    {
        using var client = await _world.LoggedInAsync(_mechelenAdmin);

        var result = await client.PostAsync(
            $"/staff/questions/{_mechelenThread.Id}", $"/staff/questions/{_gentThread.Id}?handler={handler}", new Dictionary<string, string> { ["text"] = "hello from Mechelen" });

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        var thread = _world.Services.GetRequiredService<QuestionStore>().FindIn(_gentThread.Id, "gent")!;
        Assert.Single(thread.Messages);
        Assert.Equal(QuestionStatus.Waiting, thread.Status);
        Assert.DoesNotContain(_world.Services.GetRequiredService<AuditStore>().InOrganisation("hvk", 0, 100), e => e.Subject == _gentThread.Id);
    }

    [Fact]
    public async Task QuestionLists_ShowOnlyTheOwnOrganisationsThreads_AndUnansweredQuestions()
    {
        using var mechelen = await _world.LoggedInAsync(_mechelenAdmin);
        using var gent = await _world.LoggedInAsync(_gentAdmin);

        var lists = new List<string>();
        foreach (var status in new[] { "waiting", "answered", "closed" })
        {
            lists.Add((await mechelen.GetAsync($"/staff/questions?status={status}")).Html);
        }

        var mechelenUnanswered = await mechelen.GetAsync("/staff/questions/unanswered");
        var gentUnanswered = await gent.GetAsync("/staff/questions/unanswered");
        var gentWaiting = await gent.GetAsync("/staff/questions");
        var mechelenHome = await mechelen.GetAsync("/staff");

        Assert.Contains(_mechelenThread.Id, lists[0], StringComparison.Ordinal);
        Assert.All(lists, html => Assert.DoesNotContain(_gentThread.Id, html, StringComparison.Ordinal));
        Assert.All(lists, html => Assert.DoesNotContain("Gent parent question", html, StringComparison.Ordinal));
        Assert.Contains("unanswered words of a parent", mechelenUnanswered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("unanswered words of a parent", gentUnanswered.Html, StringComparison.Ordinal);
        Assert.Contains(_gentThread.Id, gentWaiting.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(_mechelenThread.Id, gentWaiting.Html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"big\">1</strong>", mechelenHome.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("unlock")]
    public async Task AnotherOrganisationsAccount_CannotBeResetOrUnlocked(string handler)
    {
        using var client = await _world.LoggedInAsync(_mechelenAdmin);
        var before = _world.Services.GetRequiredService<StaffStore>().Find(_gentStaff.Id)!.PasswordHash;

        var result = await client.PostAsync("/staff/accounts", $"/staff/accounts?handler={handler}", new Dictionary<string, string> { ["id"] = _gentStaff.Id });

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal(before, _world.Services.GetRequiredService<StaffStore>().Find(_gentStaff.Id)!.PasswordHash);
        using var stillTheirOwnPassword = await _world.LoggedInAsync(_gentStaff);
    }

    [Fact]
    public async Task AccountsAndAuditLog_ShowOnlyTheOwnOrganisation()
    {
        using var client = await _world.LoggedInAsync(_mechelenAdmin);

        var accounts = await client.GetAsync("/staff/accounts");
        var audit = await client.GetAsync("/staff/audit");

        Assert.Contains("sara@hvk.be", accounts.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("gent.be", accounts.Html, StringComparison.Ordinal);
        Assert.Contains("logged in", audit.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(_gentAdmin.Id, audit.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("gent.be", audit.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Telegram link code", audit.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatedAccount_BelongsToTheAdminsOwnOrganisation_WhateverTheFormSays()
    {
        using var client = await _world.LoggedInAsync(_mechelenAdmin);

        var created = await client.PostAsync("/staff/accounts", "/staff/accounts?handler=create", new Dictionary<string, string>
        {
            ["email"] = "new@hvk.be", ["name"] = "New", ["role"] = "Facilitator", ["language"] = "fr", ["organisation"] = "gent",
        });

        Assert.Equal(HttpStatusCode.OK, created.Status);
        var account = _world.Services.GetRequiredService<StaffStore>().FindByEmail("new@hvk.be")!;
        Assert.Equal("hvk", account.Organisation);
        Assert.Equal(StaffRole.Facilitator, account.Role);
        Assert.True(account.MustChangePassword);
        Assert.Contains("One-time password for new@hvk.be", created.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff/accounts")]
    [InlineData("/staff/audit")]
    public async Task StaffWhoAreNotAdmins_CannotOpenAdminPages(string path)
    {
        using var client = await _world.LoggedInAsync(_gentStaff);

        var page = await client.GetAsync(path);
        var create = await client.PostAsync("/staff", "/staff/accounts?handler=create", new Dictionary<string, string>
        {
            ["email"] = "sneaky@gent.be", ["role"] = "Admin", ["language"] = "nl",
        });
        var home = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("Your role cannot use this page.", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, create.Status);
        Assert.Null(_world.Services.GetRequiredService<StaffStore>().FindByEmail("sneaky@gent.be"));
        Assert.DoesNotContain("/staff/accounts", home.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/staff/audit", home.Html, StringComparison.Ordinal);
    }
}
