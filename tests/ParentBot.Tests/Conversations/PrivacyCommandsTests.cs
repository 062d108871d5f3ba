using ParentBot.Tests.Support;

namespace ParentBot.Tests.Conversations;

public sealed class PrivacyCommandsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("ps")]
    public async Task MyData_ShowsTheFirstContactDate_InTheGregorianCalendar(string language)
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync(language);

        var replies = await world.SendAsync(chat, "/mydata");

        Assert.Equal("text:mydata.summary", replies[0].Ref);
        Assert.Contains("2026", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1448", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1405", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_CountsTheQuestionsWeKeep_AndPrivacySaysWeKeepThem()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");
        Assert.DoesNotContain(await world.SendAsync(chat, "/mydata"), m => m.Ref == "text:mydata.questions");

        await world.SendAsync(chat, "who won the football match yesterday");
        var mydata = await world.SendAsync(chat, "/mydata");
        var privacy = await world.SendAsync(chat, "/privacy");

        Assert.Contains(mydata, m => m.Ref == "text:mydata.questions" && m.Text.EndsWith(": 1", StringComparison.Ordinal));
        Assert.Equal(["text:privacy.text", "text:privacy.questions", "text:ask.privacy", "flow:main-menu/menu"], privacy.Refs());
    }

    [Fact]
    public async Task Forget_Confirmed_ErasesParentAndConversation()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");
        var confirm = await world.SendAsync(chat, "/forget");

        var done = await world.PressAsync(chat, confirm.Button(":confirm:erase").Value);

        Assert.Equal("flow:forget/erased", Assert.Single(done).Ref);
        Assert.Null(world.Turns.FindParent(chat));
        Assert.Null(world.Turns.FindConversation(chat));
    }

    [Fact]
    public async Task Forget_ThenCancel_KeepsEverything()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("uk");
        var confirm = await world.SendAsync(chat, "/forget");

        var cancelled = await world.SendAsync(chat, "/cancel");
        var stale = await world.PressAsync(chat, confirm.Button(":confirm:erase").Value);

        Assert.Equal("text:common.cancelled", cancelled[0].Ref);
        Assert.Equal("text:common.stale-button", stale[0].Ref);
        Assert.Equal("uk", world.Turns.FindParent(chat)!.Language);
    }

    [Fact]
    public async Task Forget_Declined_ReturnsToMenu()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");
        var confirm = await world.SendAsync(chat, "/forget");

        var kept = await world.PressAsync(chat, confirm.Button(":confirm:keep").Value);

        Assert.Equal(["flow:forget/kept", "flow:main-menu/menu"], kept.Refs());
        Assert.NotNull(world.Turns.FindParent(chat));
    }

    [Fact]
    public async Task Cancel_AtTheMenu_SaysThereIsNothingToStop()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");

        var replies = await world.SendAsync(chat, "/cancel");

        Assert.Equal("text:common.nothing-to-cancel", replies[0].Ref);
    }
}
