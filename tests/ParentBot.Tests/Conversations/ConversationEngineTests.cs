using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Conversations;

public sealed class ConversationEngineTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task FirstContact_AsksForLanguageWithNativeNames_SuggestedFirst()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);

        var replies = await world.SendAsync(ChatKey.ForTelegram(7), "hello", hint: "uk-UA");

        var message = Assert.Single(replies);
        Assert.Equal("flow:language", message.Ref);
        var labels = message.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();
        Assert.Equal(11, labels.Count);
        Assert.Equal("Українська", labels[0]);
        Assert.Contains("العربية", labels);
        Assert.Contains("ትግርኛ", labels);
        Assert.All(message.Buttons, row => Assert.True(row.Count <= 2));
    }

    [Fact]
    public async Task PickingLanguage_GreetsAndShowsMenuInThatLanguage()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = ChatKey.ForTelegram(7);
        await world.SendAsync(chat, "/start");

        var replies = await world.PressAsync(chat, ButtonValue.ForLanguage("ar"));

        Assert.Equal(["text:start.welcome", "flow:main-menu/menu"], replies.Refs());
        Assert.All(replies, m => Assert.Equal(TextDirection.Rtl, m.Direction));
        Assert.Equal(8, replies[1].Buttons.SelectMany(r => r).Count());
        Assert.DoesNotContain(replies[1].Buttons.SelectMany(r => r), b => b.Label.Contains("Childcare", StringComparison.Ordinal));
    }

    // "family-centre" leads into the what's-on flow (Activities/ProfileConsentTests), "book-visit" and "my-visits"
    // into theirs (Visits/), and "ask-person" needs staff to answer (Questions/AskPersonTests).
    [Theory]
    [InlineData("childcare")]
    [InlineData("preschool")]
    [InlineData("my-sessions")]
    public async Task EveryMenuButton_LeadsSomewhereWithAWayBack(string item)
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("nl");
        var menu = await world.SendAsync(chat, "/menu");

        // Each item opens its own part (a knowledge topic, or a flow of its own); one button always leads back.
        var page = await world.PressAsync(chat, menu.Button(":menu:" + item).Value);
        Assert.StartsWith("flow:", page[^1].Ref, StringComparison.Ordinal);
        Assert.NotEqual("flow:main-menu/menu", page[^1].Ref);

        var back = await world.PressAsync(chat, page.AllButtons().First(b => b.Value.EndsWith(":back", StringComparison.Ordinal)).Value);
        Assert.Equal("flow:main-menu/menu", back[^1].Ref);
    }

    [Fact]
    public async Task LanguageButtonInMenu_ChangesLanguage()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");
        var menu = await world.SendAsync(chat, "/menu");

        var picker = await world.PressAsync(chat, menu.Button(":menu:language").Value);
        var changed = await world.PressAsync(chat, picker.Button("lang:fa").Value);

        Assert.Equal("text:language.changed", changed[0].Ref);
        Assert.Equal(TextDirection.Rtl, changed[0].Direction);
        Assert.Equal("fa", world.Turns.FindParent(chat)!.Language);
    }

    [Fact]
    public async Task MessagesOfOneChat_AreHandledInOrder()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");
        await world.SendAsync(chat, "/menu");
        var items = new[] { "childcare", "preschool", "childcare", "preschool", "childcare", "preschool" };

        // Each press is only valid in the state the previous one left: out of order, they would be stale.
        var presses = items.SelectMany(i => new[] { $"f:main-menu:1:menu:{i}", $"f:main-menu:1:{i}:back" }).ToList();
        var turns = presses.Select(v => world.PressAsync(chat, v)).ToList();
        var all = await Task.WhenAll(turns);

        Assert.DoesNotContain(all.SelectMany(r => r), m => m.Ref == "text:common.stale-button");
        Assert.Equal("menu", world.Turns.FindConversation(chat)!.State);
    }

    [Fact]
    public async Task DifferentChats_AreHandledInParallel()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var slow = await world.NewParentAsync("en", "1");
        var fast = await world.NewParentAsync("en", "2");
        var release = new TaskCompletionSource();
        var entered = new TaskCompletionSource();

        var slowTurn = world.Engine.HandleAsync(new InboundMessage(slow, InboundKind.Text, "/menu"), async (_, _) =>
        {
            entered.SetResult();
            await release.Task;
        }, CancellationToken.None);
        await entered.Task;

        var fastTurn = await world.Engine.HandleAsync(new InboundMessage(fast, InboundKind.Text, "/menu"), CancellationToken.None);

        Assert.False(slowTurn.IsCompleted);
        Assert.NotEmpty(fastTurn.Replies);
        release.SetResult();
        await slowTurn;
    }

    [Fact]
    public async Task SameUpdateTwice_IsHandledOnce_AlsoAfterRestart()
    {
        var chat = ChatKey.ForTelegram(9);
        await using (var world = new EngineWorld(_dir.DatabasePath))
        {
            await world.NewParentAsync("en", "9");
            Assert.NotEmpty(await world.SendAsync(chat, "/help", updateKey: "tg:500"));
            Assert.Empty(await world.SendAsync(chat, "/help", updateKey: "tg:500"));
        }

        await using var restarted = new EngineWorld(_dir.DatabasePath);
        var again = await restarted.Engine.HandleAsync(new InboundMessage(chat, InboundKind.Text, "/help", "tg:500"), CancellationToken.None);
        Assert.True(again.Duplicate);
        Assert.Empty(again.Replies);
    }

    [Fact]
    public async Task Restart_ContinuesTheConversationWhereItWas()
    {
        ChatKey chat;
        string back;
        await using (var world = new EngineWorld(_dir.DatabasePath))
        {
            chat = await world.NewParentAsync("tr");
            var menu = await world.SendAsync(chat, "/menu");
            back = (await world.PressAsync(chat, menu.Button(":menu:childcare").Value)).Button(":back").Value;
        }

        await using var restarted = new EngineWorld(_dir.DatabasePath);
        var replies = await restarted.PressAsync(chat, back);

        Assert.Equal("flow:main-menu/menu", Assert.Single(replies).Ref);
        Assert.Equal("tr", restarted.Turns.FindParent(chat)!.Language);
    }
}
