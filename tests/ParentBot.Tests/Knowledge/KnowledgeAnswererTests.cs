using ParentBot.Core.Knowledge;
using ParentBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Knowledge;

public sealed class KnowledgeAnswererTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ClearQuestion_GetsTheAnswerInTheParentsLanguage_ThenDidThisHelp()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("ar");

        var replies = await world.SendAsync(chat, "à quel âge mon enfant peut aller à l'école maternelle ?");

        Assert.Equal(["kb:preschool-age", "flow:question/feedback"], replies.Refs());
        Assert.Equal(world.Services.GetRequiredService<KnowledgeBase>().Entries.Single(e => e.Id == "preschool-age").Texts["ar"].Answer, replies[0].Text);
    }

    [Theory]
    [InlineData("en", "my baby is not breathing")]
    [InlineData("nl", "mijn kind ademt niet meer")]
    [InlineData("fr", "il y a le feu chez moi")]
    public async Task Emergency_Gets112First(string language, string question)
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync(language);

        var replies = await world.SendAsync(chat, question);

        Assert.Equal("kb:emergency-112", replies[0].Ref);
        Assert.Contains("112", replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who won the football match yesterday")]
    [InlineData("asdf qwer zxcv")]
    public async Task OffTopic_GetsAnHonestIDontKnow_AndIsStoredForStaff(string question)
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");

        var replies = await world.SendAsync(chat, question);

        Assert.Equal(["text:kb.dont-know", "flow:main-menu/menu"], replies.Refs());
        var stored = Assert.Single(world.Services.GetRequiredService<KnowledgeFeedbackStore>().All());
        Assert.Equal(question, stored.Question);
        Assert.Null(stored.EntryId);
    }

    [Fact]
    public async Task Feedback_IsStored_AndErasedWithTheParent()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");
        var answer = await world.SendAsync(chat, "how much does kinderopvang cost");
        var store = world.Services.GetRequiredService<KnowledgeFeedbackStore>();

        await world.PressAsync(chat, answer.Button(":feedback:yes").Value);
        var stored = Assert.Single(store.All());
        Assert.True(stored.Helpful);
        Assert.Equal("how much does kinderopvang cost", stored.Question);

        var confirm = await world.SendAsync(chat, "/forget");
        await world.PressAsync(chat, confirm.Button(":confirm:erase").Value);
        Assert.Empty(store.All());
    }

    [Fact]
    public async Task TopicButtons_BrowseTheSameEntries()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("tr");
        var menu = await world.SendAsync(chat, "/menu");

        var list = await world.PressAsync(chat, menu.Button(":menu:preschool").Value);
        var answer = await world.PressAsync(chat, list.Button("kb:preschool-age").Value);

        Assert.Contains(list.AllButtons(), b => b.Value == "kb:preschool-cost");
        Assert.Equal("kb:preschool-age", answer[0].Ref);
    }
}
