using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Sessions;

/// <summary>Joining a group from a deep link or a typed code, "My sessions", pausing reminders and leaving.</summary>
public sealed class JoinGroupTests : MothersGroupTests
{
    private EnrolmentStore Enrolments => World.Services.GetRequiredService<EnrolmentStore>();

    [Fact]
    public async Task DeepLink_BeforeAnyLanguage_AsksLanguage_ThenShowsTheGroup_AndJoinsWithAName()
    {
        var chat = ChatKey.ForTelegram(1);

        var first = await World.SendAsync(chat, "/start join-MAMA26", hint: "ar");
        Assert.Contains(first.AllButtons(), b => b.Value == "lang:ar");

        var confirm = await World.PressAsync(chat, "lang:ar");
        Assert.Contains(confirm, m => m.Text.Contains("Mama Leert", StringComparison.Ordinal) && m.Text.Contains("Teststraat 1", StringComparison.Ordinal));
        Assert.Contains("الثلاثاء", confirm[^1].Text, StringComparison.Ordinal);
        Assert.Equal(TextDirection.Rtl, confirm[^1].Direction);

        var askName = await World.PressAsync(chat, confirm.Button(":confirm:join").Value);
        Assert.Equal("flow:join-group/name", askName[^1].Ref);

        var joined = await World.SendAsync(chat, "Amina");
        Assert.Contains(joined, m => m.Ref == "flow:join-group/joined");
        Assert.Equal("Amina", Enrolments.Find("mama", chat)!.Name);
    }

    [Fact]
    public async Task TypedCode_WithSpacesAndLowerCase_Joins_WithoutAName()
    {
        var chat = await World.NewParentAsync("en");

        var confirm = await World.SendAsync(chat, "mama 26");
        var askName = await World.PressAsync(chat, confirm.Button(":confirm:join").Value);
        await World.PressAsync(chat, askName.Button(":name:skip").Value);

        var enrolment = Enrolments.Find("mama", chat);
        Assert.NotNull(enrolment);
        Assert.Null(enrolment.Name);
    }

    [Fact]
    public async Task UnknownCode_InALink_GetsAKindAnswer_AndASixLetterWord_IsStillAQuestion()
    {
        var chat = await World.NewParentAsync("en");

        var replies = await World.SendAsync(chat, "/start join-ZZZZZZ");
        Assert.Contains(replies, m => m.Ref == "text:sessions.join-unknown");

        var question = await World.SendAsync(chat, "school");
        Assert.DoesNotContain(question, m => m.Ref?.StartsWith("flow:join-group", StringComparison.Ordinal) == true);
        Assert.Empty(Enrolments.OfChat(chat));
    }

    [Fact]
    public async Task TwoParents_ForTheLastPlace_AtOnce_OnlyOneGetsIt()
    {
        var series = World.Services.GetRequiredService<SeriesStore>();
        var group = series.Find("mama")!;
        group.Capacity = 1;
        series.Save(group);
        var a = await World.NewParentAsync("en", "11");
        var b = await World.NewParentAsync("fr", "12");
        var confirmA = await World.SendAsync(a, "MAMA26");
        var confirmB = await World.SendAsync(b, "MAMA26");
        await Task.WhenAll(World.PressAsync(a, confirmA.Button(":confirm:join").Value), World.PressAsync(b, confirmB.Button(":confirm:join").Value));

        var outcomes = await Task.WhenAll(World.SendAsync(a, "Aya"), World.SendAsync(b, "Olena"));

        Assert.Single(Enrolments.OfSeries("mama"));
        Assert.Equal(1, outcomes.Count(r => r.Any(m => m.Ref == "flow:join-group/joined")));
        Assert.Equal(1, outcomes.Count(r => r.Any(m => m.Ref is "flow:join-group/full" or "text:sessions.full")));
    }

    [Fact]
    public async Task MySessions_ShowsTheGroup_PausesReminders_AndLeaving_ErasesTheEnrolment()
    {
        var chat = await World.NewParentAsync("en");
        var confirm = await World.SendAsync(chat, "MAMA26");
        await World.PressAsync(chat, confirm.Button(":confirm:join").Value);
        await World.SendAsync(chat, "Aya");

        var menu = await World.SendAsync(chat, "/menu");
        var list = await World.PressAsync(chat, menu.Button(":menu:my-sessions").Value);
        Assert.Contains("Mama Leert", list[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Tuesday 24 November 2026", list[^1].Text, StringComparison.Ordinal);

        var group = await World.PressAsync(chat, list.AllButtons().Single(b => b.Value.StartsWith("p:my-sessions:", StringComparison.Ordinal)).Value);
        Assert.Contains("A drink for your child.", group[^1].Text, StringComparison.Ordinal);
        Assert.Contains("openstreetmap.org", group[^1].Text, StringComparison.Ordinal);

        var paused = await World.PressAsync(chat, group.Button(":group:pause").Value);
        Assert.True(Enrolments.Find("mama", chat)!.Muted);
        Assert.Contains("paused", paused[^1].Text, StringComparison.Ordinal);

        var confirmLeave = await World.PressAsync(chat, paused.Button(":group:leave").Value);
        await World.PressAsync(chat, confirmLeave.Button(":confirm-leave:yes").Value);
        Assert.Null(Enrolments.Find("mama", chat));
    }

    [Fact]
    public async Task ForgedPick_ForAGroupTheParentIsNotIn_IsStale()
    {
        var chat = await World.NewParentAsync("en");
        var menu = await World.SendAsync(chat, "/menu");
        await World.PressAsync(chat, menu.Button(":menu:my-sessions").Value);

        var replies = await World.PressAsync(chat, "p:my-sessions:1:list:mama");

        Assert.Contains(replies, m => m.Ref == "text:common.stale-button");
    }

    [Fact]
    public async Task MyData_ShowsTheGroupAndName_AndForget_ErasesTheEnrolment()
    {
        var chat = await World.NewParentAsync("en");
        var confirm = await World.SendAsync(chat, "MAMA26");
        await World.PressAsync(chat, confirm.Button(":confirm:join").Value);
        await World.SendAsync(chat, "Aya");
        Assert.NotNull(Enrolments.Find("mama", chat));

        var mydata = await World.SendAsync(chat, "/mydata");
        var line = Assert.Single(mydata, m => m.Ref == "text:sessions.mydata");
        Assert.Contains("Mama Leert", line.Text, StringComparison.Ordinal);
        Assert.Contains("Aya", line.Text, StringComparison.Ordinal);

        var ask = await World.SendAsync(chat, "/forget");
        await World.PressAsync(chat, ask.Button(":erase").Value);

        Assert.Null(Enrolments.Find("mama", chat));
    }
}
