using ParentBot.Core.Sessions;

namespace ParentBot.Tests.Sessions;

public sealed class InvitationTests
{
    [Fact]
    public void Invitation_HasTheDeepLink_TheCode_AndAPngQrCode()
    {
        var invitation = Invitation.For(new SessionSeries { InviteCode = "MAMA26" }, "@ParentBot");

        Assert.Equal("https://t.me/ParentBot?start=join-MAMA26", invitation.Link);
        var png = invitation.QrPng();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 500);
        Assert.Null(Invitation.For(new SessionSeries { InviteCode = "MAMA26" }, null).Link);
    }

    [Fact]
    public void InviteCodes_AvoidLookAlikes_AndTypedCodesForgiveSpacesAndCase()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => InviteCodes.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[A-HJKMNP-Z2-9]{6}$", c));
        Assert.True(InviteCodes.LooksLikeCode(" mama 26 ", out var code));
        Assert.Equal("MAMA26", code);
        Assert.False(InviteCodes.LooksLikeCode("hello there", out _));
    }
}
