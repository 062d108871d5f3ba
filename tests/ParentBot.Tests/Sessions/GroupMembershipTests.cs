using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Sessions;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Sessions;

/// <summary>A facilitator inviting a parent in person and removing one; other organisations get nothing.</summary>
public sealed class GroupMembershipTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private EngineWorld _world = null!;

    public Task InitializeAsync()
    {
        _world = new EngineWorld(_dir.DatabasePath);
        SessionFixtures.MothersGroup(_world.Services);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        _dir.Dispose();
    }

    private GroupMembership Membership => _world.Services.GetRequiredService<GroupMembership>();

    private StaffAccount Sara => _world.Services.GetRequiredService<StaffStore>().Find("fac-1")!;

    private static StaffAccount Stranger => new() { Id = "x", Organisation = "other-org", Role = StaffRole.Admin };

    [Fact]
    public async Task PersonalInvite_JoinsWithTheFacilitatorsName_AfterTheParentSaysYes_AndWorksOnce()
    {
        var invite = Membership.InvitePersonally("mama", "Fatima (Tuesday)", Sara)!;
        var parent = await _world.NewParentAsync("fa", "31");

        var confirm = await _world.SendAsync(parent, "/start join-" + invite.Id);
        Assert.Null(_world.Services.GetRequiredService<EnrolmentStore>().Find("mama", parent));
        var joined = await _world.PressAsync(parent, confirm.Button(":confirm:join").Value);

        Assert.Contains(joined, m => m.Ref == "flow:join-group/joined");
        Assert.Equal("Fatima (Tuesday)", _world.Services.GetRequiredService<EnrolmentStore>().Find("mama", parent)!.Name);

        var second = await _world.NewParentAsync("en", "32");
        Assert.Contains(await _world.SendAsync(second, "/start join-" + invite.Id), m => m.Ref == "text:sessions.join-unknown");
    }

    [Fact]
    public async Task Remove_TellsTheParentOnce_AndAnotherOrganisation_CannotRemoveOrInvite()
    {
        var parent = await _world.NewParentAsync("uk", "33");
        var confirm = await _world.SendAsync(parent, "MAMA26");
        var ask = await _world.PressAsync(parent, confirm.Button(":confirm:join").Value);
        await _world.PressAsync(parent, ask.Button(":name:skip").Value);

        Assert.False(Membership.Remove("mama", parent.ToString(), Stranger));
        Assert.Null(Membership.InvitePersonally("mama", "Someone", Stranger));
        Assert.Null(Membership.Members("mama", Stranger));
        Assert.Single(Membership.Members("mama", Sara)!);

        Assert.True(Membership.Remove("mama", parent.ToString(), Sara));
        Assert.False(Membership.Remove("mama", parent.ToString(), Sara));
        Assert.Empty(Membership.Members("mama", Sara)!);
        var notice = Assert.Single(_world.Services.GetRequiredService<OutboxStore>().OfChat(parent), e => e.Key.StartsWith("removed:", StringComparison.Ordinal));
        Assert.Contains("Mama Leert", notice.Message.Text, StringComparison.Ordinal);
        Assert.Contains("Ви більше не в групі", notice.Message.Text, StringComparison.Ordinal);
    }
}
