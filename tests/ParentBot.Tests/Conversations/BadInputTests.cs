using ParentBot.Core.Conversations;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Conversations;

public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Sticker_GetsFriendlyAnswerInLanguage_AndMenu()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("so");

        var replies = (await world.Engine.HandleAsync(new InboundMessage(chat, InboundKind.Unsupported), CancellationToken.None)).Replies;

        Assert.Equal(["text:common.unsupported", "flow:main-menu/menu"], replies.Refs());
        Assert.NotEqual(world.Services.GetText("en", "common.unsupported"), replies[0].Text);
    }

    [Fact]
    public async Task HugeText_GetsAskedForAShortQuestion()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");

        var replies = await world.SendAsync(chat, new string('x', 20_000));

        Assert.Equal(["text:common.too-long", "flow:main-menu/menu"], replies.Refs());
    }

    [Theory]
    [InlineData("f:main-menu:0:menu:childcare")]
    [InlineData("f:main-menu:1:childcare:back")]
    [InlineData("f:no-such-flow:1:x:y")]
    [InlineData("lang:xx")]
    [InlineData("garbage")]
    [InlineData("")]
    public async Task OldOrForgedButton_IsCalledStale_AndStateIsKept(string value)
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");

        var replies = await world.PressAsync(chat, value);

        Assert.Equal(["text:common.stale-button", "flow:main-menu/menu"], replies.Refs());
        Assert.Equal("en", world.Turns.FindParent(chat)!.Language);
    }

    [Fact]
    public async Task UnknownCommand_SaysSo()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");

        var replies = await world.SendAsync(chat, "/fly");

        Assert.Equal("text:common.unknown-command", replies[0].Ref);
    }

    [Fact]
    public async Task TypedText_IsHandedToTheQuestionAnswerer()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");

        var replies = await world.SendAsync(chat, "when does preschool start");

        Assert.NotEmpty(replies);
        Assert.DoesNotContain(replies, m => m.Ref == "text:common.error");
    }
}
