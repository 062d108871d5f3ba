using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Visits;

/// <summary>
/// The whole loop on Telegram: the real host and Telegram client against the fake Bot API, the parent and the staff
/// member pressing real inline buttons, notices through the outbox, and a restart between request and decision.
/// </summary>
public sealed class VisitTelegramTests : TelegramWorld
{
    private const long Parent = 100;

    /// <summary>Presses the button whose callback data ends with <paramref name="suffix"/> on the latest message that has one.</summary>
    private async Task<IReadOnlyList<SentMessage>> PressAsync(long chat, string suffix, int replies = 1)
    {
        var messages = Api.MessagesTo(chat);
        var source = messages.Last(m => m.CallbackData.Any(d => d.EndsWith(suffix, StringComparison.Ordinal)));
        Api.EnqueueCallback(chat, source.CallbackData.Single(d => d.EndsWith(suffix, StringComparison.Ordinal)), source.MessageId);
        var all = await Api.WaitForMessagesAsync(chat, messages.Count + replies, Wait);
        return [.. all.Skip(messages.Count)];
    }

    [Fact]
    public async Task ParentBooks_StaffApprovesAfterARestart_ParentGetsConfirmationCalendarFileAndReminder()
    {
        VisitTestData.Seed(Host.Services);
        Api.EnqueueText(Parent, "/start", "en");
        await Api.WaitForMessagesAsync(Parent, 1, Wait);
        await PressAsync(Parent, "lang:en", replies: 2);
        foreach (var step in new[] { ":menu:book-visit", ":childcare", ":mechelen", ":" + VisitTestData.Zonneke, ":venue-info:go", ":2025", ":2025-03", ":" + VisitTestData.FirstTime, ":none" })
        {
            await PressAsync(Parent, step);
        }

        var sent = await PressAsync(Parent, ":confirm:send", replies: 2);
        var beforeDecision = Api.MessagesTo(Parent).Count;
        var notice = Assert.Single(await Api.WaitForMessagesAsync(VisitTestData.SaraChat, 1, Wait));
        await RestartHostAsync();
        var id = Host.Services.GetRequiredService<VisitBookingStore>().OfChat(Core.Conversations.ChatKey.ForTelegram(Parent)).Single().Id;
        var approved = await PressAsync(VisitTestData.SaraChat, VisitButtons.Approve(id));

        Assert.StartsWith("✅ Your request is sent to Kinderopvang 't Zonneke", sent[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("🆕 Bezoekaanvraag", notice.Text, StringComparison.Ordinal);
        Assert.StartsWith("✅ Goedgekeurd", Assert.Single(approved).Text, StringComparison.Ordinal);
        var confirmation = (await Api.WaitForMessagesAsync(Parent, beforeDecision + 1, Wait))[beforeDecision];
        Assert.StartsWith("✅ Your visit is confirmed.", confirmation.Text, StringComparison.Ordinal);
        await Api.WaitForRequestAsync("sendDocument", Wait);
        var calendar = Assert.Single(Api.Documents, d => d.ChatId == Parent);
        Assert.Equal("visit.ics", calendar.FileName);
        Assert.Contains("DTSTART;TZID=Europe/Brussels:20261125T140000", Encoding.UTF8.GetString([.. calendar.Content]), StringComparison.Ordinal);

        // The day before at 10:00 in Brussels, the background timeline sends the reminder through the outbox.
        var before = Api.MessagesTo(Parent).Count;
        Host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        await Poll.Eventually(() =>
        {
            Host.Time.Advance(TimeSpan.FromMinutes(1));
            return Api.MessagesTo(Parent).Count > before;
        });
        Assert.StartsWith("Reminder: tomorrow", Api.MessagesTo(Parent)[before].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffOfAnotherOrganisation_PressingAForgedApprove_ChangesNothing()
    {
        VisitTestData.Seed(Host.Services);
        var id = VisitIds.New();
        Host.Services.GetRequiredService<VisitRequests>().Request(new VisitDraft(
            id, Core.Conversations.ChatKey.ForTelegram(Parent), VisitTestData.Zonneke, VisitTestData.FirstTime, "2025-03", VisitNeeds.None, "en", null));

        Api.EnqueueCallback(VisitTestData.GentChat, VisitButtons.Approve(id));
        var replies = await Api.WaitForMessagesAsync(VisitTestData.GentChat, 2, Wait);

        Assert.Equal(Host.Services.GetText("en", "staff.stale"), replies[0].Text);
        Assert.StartsWith("Hello An.", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(VisitStatus.Requested, Host.Services.GetRequiredService<VisitBookingStore>().Find(id)!.Status);
        Assert.Empty(Api.MessagesTo(Parent));
    }
}
