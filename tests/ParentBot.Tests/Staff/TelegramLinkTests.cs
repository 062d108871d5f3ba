using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;
using ParentBot.Web.Staff.Accounts;

namespace ParentBot.Tests.Staff;

/// <summary>
/// Linking a staff member's Telegram: the code comes from the console (over HTTP), goes to the bot through the
/// real Telegram.Bot client and the fake Bot API, and the chat then gets the staff menu and notices.
/// </summary>
public sealed partial class TelegramLinkTests : TelegramWorld
{
    private const string Password = "a-long-enough-password";

    [Fact]
    public async Task DeepLinkCode_FromTheConsole_LinksAFirstTimeChat_WithoutAskingForAParentLanguage()
    {
        var sara = ReadyAccount("hvk", "sara@hvk.be", "nl");
        using var console = await LoginAsync(sara);
        await Poll.Eventually(() => Host.Services.GetRequiredService<BotProfile>().TelegramUsername is not null);

        var page = await console.PostAsync("/staff/telegram", "/staff/telegram?handler=code", new Dictionary<string, string>());
        var code = CodeIn(page.Html);
        Api.EnqueueText(700, "/start link-" + code, "ar");
        var messages = await Api.WaitForMessagesAsync(700, 2, Wait);

        Assert.Contains($"https://t.me/parentbot_test_bot?start=link-{code}", page.Html, StringComparison.Ordinal);
        Assert.StartsWith("Klaar: deze Telegram-chat is gekoppeld aan je medewerkersaccount, sara.", messages[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Hallo sara.", messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("sq:menu", messages[1].CallbackData);
        var stored = Host.Services.GetRequiredService<StaffStore>().Find(sara.Id)!;
        Assert.Equal("tg:700", stored.Chat);
        Assert.Null(stored.LinkCode);
        Assert.Contains(Host.Services.GetRequiredService<AuditStore>().InOrganisation("hvk", 0, 20), e => e.Action == AuditActions.Linked);
        Assert.Contains("Je Telegram is gekoppeld.", (await console.GetAsync("/staff/telegram")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedCode_Links_ButOnlyOnce()
    {
        var sara = ReadyAccount("hvk", "sara@hvk.be", "en");
        using var console = await LoginAsync(sara);
        var code = CodeIn((await console.PostAsync("/staff/telegram", "/staff/telegram?handler=code", new Dictionary<string, string>())).Html);
        await StartParentAsync(701, "en");
        await StartParentAsync(702, "en");

        Api.EnqueueText(701, code.ToLowerInvariant());
        var linked = await Api.WaitForMessagesAsync(701, 3 + 2, Wait);
        Api.EnqueueText(702, "link-" + code);
        var refused = await Api.WaitForMessagesAsync(702, 3 + 2, Wait);

        Assert.StartsWith("Done: this Telegram chat is linked", linked[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("This link code is not valid or has expired.", refused[3].Text, StringComparison.Ordinal);
        Assert.Equal("What do you want to do? Press a button.", refused[4].Text);
        Assert.Equal("tg:701", Host.Services.GetRequiredService<StaffStore>().Find(sara.Id)!.Chat);
        Assert.Null(Host.Services.GetRequiredService<StaffStore>().FindByChat(ChatKey.ForTelegram(702)));
    }

    [Fact]
    public async Task ExpiredCode_DoesNotLink()
    {
        var sara = ReadyAccount("hvk", "sara@hvk.be", "en");
        using var console = await LoginAsync(sara);
        var code = CodeIn((await console.PostAsync("/staff/telegram", "/staff/telegram?handler=code", new Dictionary<string, string>())).Html);
        await StartParentAsync(703, "en");

        Host.Time.Advance(TimeSpan.FromMinutes(16));
        Api.EnqueueText(703, "/start link-" + code);
        var messages = await Api.WaitForMessagesAsync(703, 3 + 2, Wait);

        Assert.StartsWith("This link code is not valid or has expired.", messages[3].Text, StringComparison.Ordinal);
        Assert.Null(Host.Services.GetRequiredService<StaffStore>().Find(sara.Id)!.Chat);
    }

    [Fact]
    public async Task LinkedStaff_HearOfANewQuestion_WithoutTheParentsWords_SeeHowManyWait_AndUnlinkingEndsTheStaffMenu()
    {
        var sara = ReadyAccount("hvk", "sara@hvk.be", "en");
        using var console = await LoginAsync(sara);
        var code = CodeIn((await console.PostAsync("/staff/telegram", "/staff/telegram?handler=code", new Dictionary<string, string>())).Html);
        Api.EnqueueText(710, "/start link-" + code);
        await Api.WaitForMessagesAsync(710, 2, Wait);

        await StartParentAsync(711, "ar");
        Api.EnqueueCallback(711, "f:main-menu:1:menu:ask-person", languageCode: "ar");
        await Api.WaitForMessagesAsync(711, 4, Wait);
        Api.EnqueueText(711, "my private words", "ar");
        var notice = (await Api.WaitForMessagesAsync(710, 3, Wait))[2];
        Api.EnqueueCallback(710, "sq:menu");
        var count = (await Api.WaitForMessagesAsync(710, 4, Wait))[3];
        await console.PostAsync("/staff/telegram", "/staff/telegram?handler=unlink", new Dictionary<string, string>());
        Api.EnqueueText(710, "/menu");
        var afterUnlink = await Api.WaitForMessagesAsync(710, 5, Wait);

        Assert.StartsWith("A parent sent a question for a person (language: العربية)", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("private", notice.Text, StringComparison.Ordinal);
        Assert.StartsWith("Questions from parents that wait for an answer: 1.", count.Text, StringComparison.Ordinal);
        Assert.Equal("What do you want to do? Press a button.", afterUnlink[4].Text);
        Assert.Null(Host.Services.GetRequiredService<StaffStore>().Find(sara.Id)!.Chat);
    }

    private StaffAccount ReadyAccount(string organisation, string email, string language)
    {
        StaffSeed.Organisation(Host.Services, organisation, "Huis van het Kind Mechelen");
        var result = Host.Services.GetRequiredService<StaffAccountService>().Create(new NewAccount(email, null, StaffRole.Staff, organisation, language), "test");
        var account = result.Account!;
        account.PasswordHash = Host.Services.GetRequiredService<StaffPasswords>().Hash(account, Password);
        account.MustChangePassword = false;
        Host.Services.GetRequiredService<StaffStore>().Save(account);
        return account;
    }

    private async Task<ConsoleClient> LoginAsync(StaffAccount account)
    {
        var client = new ConsoleClient(Host);
        var (status, _, _) = await client.LoginAsync(account.Email, Password);
        Assert.Equal(HttpStatusCode.Redirect, status);
        return client;
    }

    private async Task StartParentAsync(long chat, string language)
    {
        Api.EnqueueText(chat, "/start", language);
        await Api.WaitForMessagesAsync(chat, 1, Wait);
        Api.EnqueueCallback(chat, "lang:" + language, languageCode: language);
        await Api.WaitForMessagesAsync(chat, 3, Wait);
    }

    private static string CodeIn(string html)
    {
        var match = CodePattern().Match(html);
        Assert.True(match.Success, "the page shows no link code");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("id=\"link-code\">([A-Z0-9]{8})<")]
    private static partial Regex CodePattern();
}
