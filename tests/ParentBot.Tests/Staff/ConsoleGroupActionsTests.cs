using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;
using ParentBot.Web.Staff.Groups;
using static ParentBot.Tests.Broadcasts.GroupFixture;

namespace ParentBot.Tests.Staff;

/// <summary>
/// What a facilitator does with a group in the console, over the in-memory host and a fake clock (Monday
/// 23 November 2026, 10:00 in Brussels): remove a member, invite one in person, cancel a meeting, plan a message.
/// </summary>
public sealed class ConsoleGroupActionsTests : IAsyncLifetime
{
    private ConsoleWorld _world = null!;
    private ConsoleClient _client = null!;
    private SessionSeries _group = null!;

    public async Task InitializeAsync()
    {
        _world = new ConsoleWorld();
        _world.Organisation("hvk", "Huis van het Kind Mechelen");
        StaffSeed.FamilyCentre(_world.Services, "v-hvk", "hvk", "Mechelen");
        var sara = _world.ReadyAccount("hvk", "sara@hvk.be", StaffRole.Facilitator);
        _group = Group(sara);
        _client = await _world.LoggedInAsync(sara);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _world.DisposeAsync();
    }

    [Fact]
    public async Task RemovingAMember_AfterConfirming_TellsThemOnce_AndLeavesTheOthers()
    {
        var amina = Parent(_world.Services, _group, 1, "ar", "Amina <b>");
        var olena = Parent(_world.Services, _group, 2, "uk");
        var confirm = $"/staff/groups/{_group.Id}/members/{MemberStamp.Of(amina.ToString())}";

        var list = await _client.GetAsync($"/staff/groups/{_group.Id}");
        var question = await _client.GetAsync(confirm);
        var removed = await _client.PostAsync(confirm, confirm, new Dictionary<string, string>());
        var again = await _client.PostAsync($"/staff/groups/{_group.Id}", confirm, new Dictionary<string, string>());

        Assert.Contains(confirm, list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(amina.ToString(), list.Html, StringComparison.Ordinal);
        Assert.Contains("Remove Amina &lt;b&gt; from Mama Leert?", question.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        var enrolments = _world.Services.GetRequiredService<EnrolmentStore>();
        Assert.Null(enrolments.Find(_group.Id, amina));
        Assert.NotNull(enrolments.Find(_group.Id, olena));
        Assert.Single(_world.Services.GetRequiredService<OutboxStore>().OfChat(amina), e => e.Message.Ref == "notice:removed");
        Assert.Empty(_world.Services.GetRequiredService<OutboxStore>().OfChat(olena));
        Assert.Contains(_world.Services.GetRequiredService<AuditStore>().InOrganisation("hvk", 0, 10), e => e.Action == GroupAuditActions.EnrolmentRemoved);
    }

    [Fact]
    public async Task PersonalInvitation_ShowsAOneTimeCode_ForTheTypedName()
    {
        var result = await _client.PostAsync($"/staff/groups/{_group.Id}", $"/staff/groups/{_group.Id}?handler=invite", new Dictionary<string, string> { ["name"] = "Fatima <i>" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Personal code for Fatima &lt;i&gt;", result.Html, StringComparison.Ordinal);
        var code = System.Text.RegularExpressions.Regex.Match(result.Html, "id=\"personal-code\">([A-Z0-9]{6})<").Groups[1].Value;
        var invite = _world.Services.GetRequiredService<PersonalInviteStore>().Find(code, _world.Host.Time.GetUtcNow().UtcDateTime)!;
        Assert.Equal((_group.Id, "Fatima <i>"), (invite.SeriesId, invite.Name));
    }

    [Fact]
    public async Task CancellingAMeeting_TellsEveryMember_AndTakingItBack_PutsItInTheScheduleAgain()
    {
        var amina = Parent(_world.Services, _group, 1, "ar");
        var date = $"/staff/groups/{_group.Id}/dates/2026-12-01";

        var cancelled = await _client.PostAsync(date, date + "?handler=cancel", new Dictionary<string, string>());
        var afterCancel = _world.Services.GetRequiredService<SeriesStore>().Find(_group.Id)!.Cancelled.ToList();
        var page = await _client.GetAsync(date);
        var back = await _client.PostAsync(date, date + "?handler=uncancel", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        Assert.Equal(["2026-12-01"], afterCancel);
        Assert.NotNull(_world.Services.GetRequiredService<OutboxStore>().Find(SessionCancellation.KeyFor(_group.Id, "20261201", amina.ToString())));
        Assert.Contains("This meeting is cancelled.", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, back.Status);
        Assert.Empty(_world.Services.GetRequiredService<SeriesStore>().Find(_group.Id)!.Cancelled);
        var actions = _world.Services.GetRequiredService<AuditStore>().InOrganisation("hvk", 0, 10).Select(e => e.Action).ToList();
        Assert.Contains(GroupAuditActions.DateCancelled, actions);
        Assert.Contains(GroupAuditActions.DateUncancelled, actions);
    }

    [Fact]
    public async Task MessageForLater_IsPlannedAtThatBrusselsTime_AndAPastTimeIsRefused()
    {
        Parent(_world.Services, _group, 1, "ar", "Amina Haddad");
        var compose = $"/staff/groups/{_group.Id}/broadcast";
        var drafted = await _client.PostAsync(compose, compose, new Dictionary<string, string> { ["template"] = "FreeText", ["text"] = "See you tomorrow", ["versions[ar]"] = "أراكم غدا" });
        var status = drafted.Location!.OriginalString;
        var preview = await _client.GetAsync(status);

        var past = await _client.PostAsync(status, status + "?handler=send", new Dictionary<string, string> { ["when"] = "later", ["at"] = "2026-11-23T09:00" });
        var planned = await _client.PostAsync(status, status + "?handler=send", new Dictionary<string, string> { ["when"] = "later", ["at"] = "2026-11-24T18:30" });
        var sent = await _client.GetAsync(status);

        Assert.Contains("أراكم غدا", preview.Html, StringComparison.Ordinal);
        Assert.Contains("Give a date and time in the future.", past.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, planned.Status);
        var broadcast = _world.Services.GetRequiredService<BroadcastStore>().LatestSent(_group.Id)!;
        Assert.Equal(new DateTime(2026, 11, 24, 17, 30, 0, DateTimeKind.Utc), broadcast.DueUtc);
        Assert.Contains("data-status=\"queued\"", sent.Html, StringComparison.Ordinal);
        Assert.Contains(">Amina<", sent.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Haddad", sent.Html, StringComparison.Ordinal);
    }

    private SessionSeries Group(StaffAccount facilitator)
    {
        var group = Series("g-console", "hvk", facilitator.Id);
        group.VenueId = "v-hvk";
        group.FirstDate = "2026-11-23";
        _world.Services.GetRequiredService<SeriesStore>().Save(group);
        return group;
    }
}
