using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Sessions;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Sessions;

/// <summary>A facilitator inviting a parent in person and removing one; other organisations get nothing.</summary>
public sealed class GroupMembershipTests : MothersGroupTests
{
    private GroupMembership Membership => World.Services.GetRequiredService<GroupMembership>();

    private StaffAccount Sara => World.Services.GetRequiredService<StaffStore>().Find("fac-1")!;

    private static StaffAccount Stranger => new() { Id = "x", Organisation = "other-org", Role = StaffRole.Admin };

    [Fact]
    public async Task PersonalInvite_JoinsWithTheFacilitatorsName_AfterTheParentSaysYes_AndWorksOnce()
    {
        var invite = Membership.InvitePersonally("mama", "Fatima (Tuesday)", Sara)!;
        var parent = await World.NewParentAsync("fa", "31");

        var confirm = await World.SendAsync(parent, "/start join-" + invite.Id);
        Assert.Null(World.Services.GetRequiredService<EnrolmentStore>().Find("mama", parent));
        var joined = await World.PressAsync(parent, confirm.Button(":confirm:join").Value);

        Assert.Contains(joined, m => m.Ref == "flow:join-group/joined");
        Assert.Equal("Fatima (Tuesday)", World.Services.GetRequiredService<EnrolmentStore>().Find("mama", parent)!.Name);

        var second = await World.NewParentAsync("en", "32");
        Assert.Contains(await World.SendAsync(second, "/start join-" + invite.Id), m => m.Ref == "text:sessions.join-unknown");
    }

    [Fact]
    public async Task Remove_TellsTheParentOnce_AndAnotherOrganisation_CannotRemoveOrInvite()
    {
        var parent = await World.NewParentAsync("uk", "33");
        var confirm = await World.SendAsync(parent, "MAMA26");
        var ask = await World.PressAsync(parent, confirm.Button(":confirm:join").Value);
        await World.PressAsync(parent, ask.Button(":name:skip").Value);

        Assert.False(Membership.Remove("mama", parent.ToString(), Stranger));
        Assert.Null(Membership.InvitePersonally("mama", "Someone", Stranger));
        Assert.Null(Membership.Members("mama", Stranger));
        Assert.Single(Membership.Members("mama", Sara)!);

        Assert.True(Membership.Remove("mama", parent.ToString(), Sara));
        Assert.False(Membership.Remove("mama", parent.ToString(), Sara));
        Assert.Empty(Membership.Members("mama", Sara)!);
        var notice = Assert.Single(World.Services.GetRequiredService<OutboxStore>().OfChat(parent), e => e.Key.StartsWith("removed:", StringComparison.Ordinal));
        Assert.Contains("Mama Leert", notice.Message.Text, StringComparison.Ordinal);
        Assert.Contains("Ви більше не в групі", notice.Message.Text, StringComparison.Ordinal);
    }
}
