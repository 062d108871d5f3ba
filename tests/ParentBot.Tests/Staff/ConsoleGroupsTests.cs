using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;
using ParentBot.Web.Staff.Groups;

namespace ParentBot.Tests.Staff;

/// <summary>
/// The Groups pages over the in-memory host: a facilitator makes a group through the form, and staff of another
/// organisation get 404 on every page and form of it, with nothing changed.
/// </summary>
public sealed class ConsoleGroupsTests : IAsyncLifetime
{
    private static readonly string[] StaffLanguages = ["nl", "fr", "en"];
    private static readonly string[] Done = ["created", "saved", "removed"];
    private static readonly string[] DateDone = ["cancelled", "uncancelled"];
    private ConsoleWorld _world = null!;
    private StaffAccount _sara = null!;
    private StaffAccount _tom = null!;

    public Task InitializeAsync()
    {
        _world = new ConsoleWorld();
        _world.Organisation("hvk", "Huis van het Kind Mechelen");
        _world.Organisation("gent", "Huis van het Kind Gent");
        StaffSeed.FamilyCentre(_world.Services, "v-hvk", "hvk", "Mechelen");
        StaffSeed.FamilyCentre(_world.Services, "v-gent", "gent", "Gent");
        _sara = _world.ReadyAccount("hvk", "sara@hvk.be", StaffRole.Facilitator);
        _tom = _world.ReadyAccount("gent", "tom@gent.be", StaffRole.Admin);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task FacilitatorFillsInTheForm_GroupIsMade_AuditedAndShownWithItsCode()
    {
        using var client = await _world.LoggedInAsync(_sara);

        var group = await CreateAsync(client);

        Assert.Equal("Mama Leert <b>", group.Name);
        Assert.Equal([DayOfWeek.Tuesday], group.Days);
        Assert.Equal(["before:30", "evening-before@19:00"], group.Reminders.Order(StringComparer.Ordinal));
        Assert.Equal("Een handdoek", group.Bring["nl"]);
        Assert.Equal(["2026-12-22", "2026-12-29", "2027-02-16"], group.Holidays);
        var page = await client.GetAsync($"/staff/groups/{group.Id}");
        Assert.Contains(group.InviteCode, page.Html, StringComparison.Ordinal);
        Assert.Contains("Mama Leert &lt;b&gt;", page.Html, StringComparison.Ordinal);
        Assert.Contains(_world.Services.GetRequiredService<AuditStore>().InOrganisation("hvk", 0, 10), e => e.Action == GroupAuditActions.SeriesCreated && e.Subject == group.Id);
    }

    [Fact]
    public async Task WrongForm_ShowsEachProblem_AndMakesNothing()
    {
        using var client = await _world.LoggedInAsync(_sara);

        var result = await client.PostAsync("/staff/groups/new", "/staff/groups/new", new Dictionary<string, string>
        {
            ["Name"] = "x", ["VenueId"] = "v-hvk", ["Days"] = "Tuesday", ["Start"] = "11:00", ["End"] = "10:00",
            ["FirstDate"] = "2026-12-01", ["LastDate"] = "2027-03-31", ["Capacity"] = "12", ["Languages"] = "nl",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("The end must be later than the start.", result.Html, StringComparison.Ordinal);
        Assert.Empty(_world.Services.GetRequiredService<SeriesStore>().All());
    }

    [Fact]
    public async Task AnotherOrganisationsGroup_EveryPageAndFormIsNotFound_AndNothingChanges()
    {
        using var sara = await _world.LoggedInAsync(_sara);
        var group = await CreateAsync(sara);
        using var tom = await _world.LoggedInAsync(_tom);
        var paths = new[]
        {
            $"/staff/groups/{group.Id}", $"/staff/groups/{group.Id}/edit", $"/staff/groups/{group.Id}/poster", $"/staff/groups/{group.Id}/poster/qr",
            $"/staff/groups/{group.Id}/broadcast", $"/staff/groups/{group.Id}/dates/2026-12-01",
        };

        foreach (var path in paths)
        {
            var (status, html, _) = await tom.GetAsync(path);
            Assert.True(status == HttpStatusCode.NotFound, $"{path}: {status}");
            Assert.DoesNotContain(group.InviteCode, html, StringComparison.Ordinal);
        }

        var cancel = await tom.PostAsync("/staff/groups", $"/staff/groups/{group.Id}/dates/2026-12-01?handler=cancel", new Dictionary<string, string>());
        var edit = await tom.PostAsync("/staff/groups", $"/staff/groups/{group.Id}/edit", Form("Taken over", "v-gent"));
        var invite = await tom.PostAsync("/staff/groups", $"/staff/groups/{group.Id}?handler=invite", new Dictionary<string, string> { ["name"] = "Someone" });
        var draft = await tom.PostAsync("/staff/groups", $"/staff/groups/{group.Id}/broadcast", new Dictionary<string, string> { ["template"] = "FreeText", ["text"] = "hello" });

        Assert.All([cancel.Status, edit.Status, invite.Status, draft.Status], s => Assert.Equal(HttpStatusCode.NotFound, s));
        var after = _world.Services.GetRequiredService<SeriesStore>().Find(group.Id)!;
        Assert.Equal("Mama Leert <b>", after.Name);
        Assert.Empty(after.Cancelled);
        Assert.Null(_world.Services.GetRequiredService<BroadcastStore>().LatestSent(group.Id));
        Assert.DoesNotContain(_world.Services.GetRequiredService<AuditStore>().InOrganisation("gent", 0, 100), e => e.Subject.StartsWith(group.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaffRole_GetsForbidden_AndNoGroupsEntryInTheMenu()
    {
        var lies = _world.ReadyAccount("hvk", "lies@hvk.be", StaffRole.Staff);
        using var client = await _world.LoggedInAsync(lies);

        var groups = await client.GetAsync("/staff/groups");
        var home = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Forbidden, groups.Status);
        Assert.DoesNotContain("href=\"/staff/groups\"", home.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysTheGroupPagesBuildFromNames_ExistInEveryStaffLanguage()
    {
        var texts = DialogsContent.Load(RepoPaths.Dialogs).Texts;
        string[] problems =
        [
            "name", "name-long", "venue", "facilitator", "days", "time", "end-before-start", "date", "last-before-first", "no-meeting", "holiday", "capacity",
            "capacity-members", "languages", "bring", "reminder", "reminder-none",
        ];
        var keys = GroupAuditActions.All.Select(a => "console.audit.action." + a)
            .Concat(problems.Select(p => "console.groups.problem." + p))
            .Concat(Enum.GetNames<BroadcastTemplate>().Select(t => "console.broadcast.template." + t.ToLowerInvariant()))
            .Concat(Enum.GetNames<BroadcastTemplate>().Select(t => "console.broadcast.problem." + t.ToLowerInvariant()))
            .Concat(Enum.GetNames<AbsenceReason>().Select(r => "console.groups.reason." + r.ToLowerInvariant()))
            .Concat(Done.Select(d => "console.groups.done." + d))
            .Concat(DateDone.Select(d => "console.groups.date.done." + d));

        foreach (var language in StaffLanguages)
        {
            Assert.All(keys, k => Assert.True(texts.Has(language, k), $"{language} lacks {k}"));
        }
    }

    private async Task<SessionSeries> CreateAsync(ConsoleClient client)
    {
        var (status, _, location) = await client.PostAsync("/staff/groups/new", "/staff/groups/new", Form("Mama Leert <b>", "v-hvk"));
        Assert.Equal(HttpStatusCode.Redirect, status);
        var id = location!.OriginalString.Split('/', '?')[3];
        return _world.Services.GetRequiredService<SeriesStore>().FindIn(id, "hvk")!;
    }

    private static Dictionary<string, string> Form(string name, string venue) => new()
    {
        ["Name"] = name, ["VenueId"] = venue, ["Days"] = "Tuesday", ["Start"] = "09:00", ["End"] = "11:30",
        ["FirstDate"] = "2026-12-01", ["LastDate"] = "2027-03-31", ["Capacity"] = "12", ["Languages"] = "nl", ["Bring[nl]"] = "Een handdoek",
        ["Holidays"] = "2026-12-29\r\n2026-12-22, 2027-02-16", ["Evening"] = "true", ["EveningAt"] = "19:00", ["Before"] = "true", ["BeforeMinutes"] = "30",
    };
}
