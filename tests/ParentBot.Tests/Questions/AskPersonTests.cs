using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Staff;
using ParentBot.Core.Questions;
using ParentBot.Core.Storage;
using ParentBot.Tests.Activities;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Questions;

/// <summary>The parent's side of "Ask a person", through the real engine, flows and LiteDB file.</summary>
public sealed class AskPersonTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task AskPerson_WithNoStaffAnywhere_SaysSoHonestly_AndShowsTheMenu()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var chat = await world.NewParentAsync("en");
        var menu = await world.SendAsync(chat, "/menu");

        var replies = await world.PressAsync(chat, menu.Button(":menu:ask-person").Value);

        Assert.Equal(["flow:main-menu/no-person", "flow:main-menu/menu"], replies.Refs());
        Assert.Empty(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting));
    }

    [Fact]
    public async Task AskPerson_SaysWhoWillAnswerAndWhen_ThenKeepsTheQuestionForThatOrganisation()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        StaffSeed.Account(world.Services, "hvk", "sara@hvk.be");
        var chat = await world.NewParentAsync("en");
        var menu = await world.SendAsync(chat, "/menu");

        var intro = await world.PressAsync(chat, menu.Button(":menu:ask-person").Value);
        var sent = await world.SendAsync(chat, "Can my son of 2 come to the play morning?");

        var prompt = Assert.Single(intro);
        Assert.Equal("flow:ask-person/intro", prompt.Ref);
        Assert.Contains("Huis van het Kind Mechelen", prompt.Text, StringComparison.Ordinal);
        Assert.Contains("2 working days", prompt.Text, StringComparison.Ordinal);
        Assert.Equal(["flow:ask-person/sent", "flow:main-menu/menu"], sent.Refs());
        Assert.Contains("Huis van het Kind Mechelen", sent[0].Text, StringComparison.Ordinal);
        var thread = Assert.Single(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting));
        Assert.Equal(chat.ToString(), thread.Chat);
        Assert.Equal("en", thread.Language);
        Assert.Equal("Can my son of 2 come to the play morning?", Assert.Single(thread.Messages).Text);
    }

    [Fact]
    public async Task AskPerson_BackButton_LeavesWithoutSendingAnything()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        StaffSeed.Account(world.Services, "hvk", "sara@hvk.be");
        var chat = await world.NewParentAsync("nl");
        var menu = await world.SendAsync(chat, "/menu");
        var intro = await world.PressAsync(chat, menu.Button(":menu:ask-person").Value);

        var back = await world.PressAsync(chat, intro.Button(":intro:back").Value);

        Assert.Equal(["flow:main-menu/menu"], back.Refs());
        Assert.Equal(0, Questions(world).CountIn("hvk", QuestionStatus.Waiting));
    }

    [Fact]
    public async Task QuestionTheBotCannotAnswer_IsOfferedToAPerson_AndSentAsTyped()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        StaffSeed.Account(world.Services, "hvk", "sara@hvk.be");
        var chat = await world.NewParentAsync("ar");

        var replies = await world.SendAsync(chat, "who won the football match yesterday");
        var sent = await world.PressAsync(chat, replies.Button(":offer:send").Value);

        Assert.Equal(["text:kb.dont-know", "flow:ask-person/offer"], replies.Refs());
        Assert.Contains("Huis van het Kind Mechelen", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal("flow:ask-person/sent", sent[0].Ref);
        var thread = Assert.Single(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting));
        Assert.Equal("who won the football match yesterday", Assert.Single(thread.Messages).Text);
        Assert.Equal("ar", thread.Language);
    }

    [Fact]
    public async Task StaffAnswer_GoesThroughTheOutbox_WithANoteInTheParentsLanguage_AndTheParentCanAnswerBack()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        var sara = StaffSeed.Account(world.Services, "hvk", "sara@hvk.be");
        var chat = await AskAsync(world, "fr", "Mon bébé peut venir ?");
        var threadId = Assert.Single(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting)).Id;

        var outcome = world.Services.GetRequiredService<StaffAnswers>().Reply(threadId, sara, "Oui, bienvenue mardi à 9h.");

        Assert.Equal(ReplyOutcome.Sent, outcome);
        var answered = Questions(world).FindIn(threadId, "hvk")!;
        Assert.Equal(QuestionStatus.Answered, answered.Status);
        var entry = world.Services.GetRequiredService<OutboxStore>().Find(answered.Messages[^1].OutboxKey!)!;
        Assert.Equal(chat, entry.Chat);
        Assert.StartsWith("💬 Un message de sara de Huis van het Kind Mechelen.", entry.Message.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n\nOui, bienvenue mardi à 9h.", entry.Message.Text, StringComparison.Ordinal);
        var answerButton = Assert.Single(entry.Message.Buttons.SelectMany(r => r));
        Assert.Equal("↩ Répondre", answerButton.Label);

        var prompt = await world.PressAsync(chat, answerButton.Value);
        var sent = await world.SendAsync(chat, "Merci, à mardi !");

        Assert.Equal("flow:ask-person/reply", Assert.Single(prompt).Ref);
        Assert.Equal("flow:ask-person/sent", sent[0].Ref);
        var thread = Questions(world).FindIn(threadId, "hvk")!;
        Assert.Equal(["Mon bébé peut venir ?", "Oui, bienvenue mardi à 9h.", "Merci, à mardi !"], thread.Messages.Select(m => m.Text));
        Assert.Equal(QuestionStatus.Waiting, thread.Status);
    }

    [Fact]
    public async Task StaffAnswerInDutch_ToAnArabicParent_KeepsEachLineInItsOwnDirection()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        var sara = StaffSeed.Account(world.Services, "hvk", "sara@hvk.be");
        await AskAsync(world, "ar", "سؤال");
        var threadId = Assert.Single(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting)).Id;

        world.Services.GetRequiredService<StaffAnswers>().Reply(threadId, sara, "Ja, welkom!\nTot dinsdag.");

        var entry = world.Services.GetRequiredService<OutboxStore>().Find(Questions(world).FindIn(threadId, "hvk")!.Messages[^1].OutboxKey!)!;
        Assert.Equal(ParentBot.Core.Localization.TextDirection.Rtl, entry.Message.Direction);
        Assert.EndsWith("\n\n\u2068Ja, welkom!\u2069\n\u2068Tot dinsdag.\u2069", entry.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerButton_OfAnotherParentsThread_IsStale_AndAddsNothing()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        StaffSeed.Account(world.Services, "hvk", "sara@hvk.be");
        await AskAsync(world, "en", "A question", id: "1");
        var other = await world.NewParentAsync("en", "2");
        var threadId = Assert.Single(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting)).Id;

        var replies = await world.PressAsync(other, AnswerButton.ValueFor(threadId));
        await world.SendAsync(other, "let me in");

        Assert.Equal("text:common.stale-button", replies[0].Ref);
        Assert.Single(Questions(world).FindIn(threadId, "hvk")!.Messages);
    }

    [Fact]
    public async Task StaffOfAnotherOrganisation_CannotAnswerOrCloseTheThread()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        StaffSeed.Organisation(world.Services, "gent", "Huis van het Kind Gent");
        StaffSeed.Account(world.Services, "hvk", "sara@hvk.be");
        var intruder = StaffSeed.Account(world.Services, "gent", "tom@gent.be");
        StaffSeed.FamilyCentre(world.Services, "hvk-centre", "hvk", "mechelen");
        await AskAsync(world, "en", "A question");
        var threadId = Assert.Single(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting)).Id;
        var answers = world.Services.GetRequiredService<StaffAnswers>();

        Assert.Equal(ReplyOutcome.NotFound, answers.Reply(threadId, intruder, "hello from Gent"));
        Assert.False(answers.SetClosed(threadId, intruder, closed: true));
        Assert.Null(Questions(world).FindIn(threadId, "gent"));
        var thread = Questions(world).FindIn(threadId, "hvk")!;
        Assert.Single(thread.Messages);
        Assert.Equal(QuestionStatus.Waiting, thread.Status);
    }

    [Fact]
    public async Task LinkedStaff_AreToldOfANewQuestion_WithoutTheParentsWords()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        var linked = StaffSeed.Account(world.Services, "hvk", "sara@hvk.be", language: "nl", chat: "tg:900");
        StaffSeed.Account(world.Services, "hvk", "piet@hvk.be");

        await AskAsync(world, "ar", "secret words of the parent");

        var thread = Assert.Single(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting));
        var notice = world.Services.GetRequiredService<OutboxStore>().Find($"sq:{thread.Id}:1:{linked.Id}")!;
        Assert.Equal(ChatKey.Parse("tg:900"), notice.Chat);
        Assert.Contains("العربية", notice.Message.Text, StringComparison.Ordinal);
        Assert.StartsWith("Een ouder", notice.Message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", notice.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_CountsTheMessagesWithStaff_Privacy_SaysWhoReadsThem_AndForgetErasesThem()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        var sara = StaffSeed.Account(world.Services, "hvk", "sara@hvk.be");
        var chat = await AskAsync(world, "en", "A question");
        var threadId = Assert.Single(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting)).Id;
        world.Services.GetRequiredService<StaffAnswers>().Reply(threadId, sara, "An answer");
        var outboxKey = Questions(world).FindIn(threadId, "hvk")!.Messages[^1].OutboxKey!;

        var mydata = await world.SendAsync(chat, "/mydata");
        var privacy = await world.SendAsync(chat, "/privacy");
        var confirm = await world.SendAsync(chat, "/forget");
        await world.PressAsync(chat, confirm.Button(":confirm:erase").Value);

        Assert.Contains(mydata, m => m.Ref == "text:ask.mydata" && m.Text.EndsWith(": 2", StringComparison.Ordinal));
        Assert.Contains(privacy, m => m.Ref == "text:ask.privacy");
        Assert.Null(Questions(world).FindIn(threadId, "hvk"));
        Assert.Equal(0, Questions(world).MessagesOf(chat));
        Assert.Null(world.Services.GetRequiredService<OutboxStore>().Find(outboxKey));
    }

    [Fact]
    public async Task Question_GoesToTheFamilyCentreOfTheTownTheParentLetUsRemember()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        StaffSeed.Organisation(world.Services, "gent", "Huis van het Kind Gent");
        StaffSeed.Account(world.Services, "hvk", "sara@hvk.be");
        StaffSeed.Account(world.Services, "gent", "tom@gent.be");
        StaffSeed.FamilyCentre(world.Services, "hvk-centre", "hvk", "mechelen");
        StaffSeed.FamilyCentre(world.Services, "gent-centre", "gent", "gent");
        var inMechelen = await world.NewParentAsync("en", "2");
        await world.RememberTownAsync(inMechelen, "Mechelen");
        Assert.Equal("mechelen", world.Turns.FindParent(inMechelen)!.Town);

        await AskAsync(world, "en", "from a parent whose town we do not know", id: "1");
        await AskAsync(world, "en", "from a parent in Mechelen", id: "2");

        // Without a town: the first family centre by name (Gent sorts before Mechelen).
        Assert.Equal("from a parent whose town we do not know", Assert.Single(Assert.Single(Questions(world).InOrganisation("gent", QuestionStatus.Waiting)).Messages).Text);
        Assert.Equal("from a parent in Mechelen", Assert.Single(Assert.Single(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting)).Messages).Text);
    }

    [Fact]
    public async Task Question_GoesToTheConfiguredDefaultOrganisation_WhenTheTownIsUnknown()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, configure: s => s.Configure<StaffOptions>(o => o.DefaultOrganisation = "hvk"));
        StaffSeed.Organisation(world.Services, "hvk", "Huis van het Kind Mechelen");
        StaffSeed.Organisation(world.Services, "gent", "Huis van het Kind Gent");
        StaffSeed.Account(world.Services, "hvk", "sara@hvk.be");
        StaffSeed.Account(world.Services, "gent", "tom@gent.be");
        StaffSeed.FamilyCentre(world.Services, "gent-centre", "gent", "gent");

        await AskAsync(world, "en", "where do I go");

        Assert.Single(Questions(world).InOrganisation("hvk", QuestionStatus.Waiting));
        Assert.Empty(Questions(world).InOrganisation("gent", QuestionStatus.Waiting));
    }

    private static QuestionStore Questions(EngineWorld world) => world.Services.GetRequiredService<QuestionStore>();

    private static async Task<ChatKey> AskAsync(EngineWorld world, string language, string question, string id = "1")
    {
        var chat = await world.NewParentAsync(language, id);
        var menu = await world.SendAsync(chat, "/menu");
        await world.PressAsync(chat, menu.Button(":menu:ask-person").Value);
        var sent = await world.SendAsync(chat, question);
        Assert.Equal("flow:ask-person/sent", sent[0].Ref);
        return chat;
    }
}
