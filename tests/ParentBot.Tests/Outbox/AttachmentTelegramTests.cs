using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Outbox;

/// <summary>A message with a file, through the outbox and the real Telegram client to the fake Bot API.</summary>
public sealed class AttachmentTelegramTests : TelegramWorld
{
    [Fact]
    public async Task NoticeWithAFile_IsSentAsADocument_AfterItsText()
    {
        var file = new MessageAttachment("visit.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        var notice = new OutboundMessage("Your visit is confirmed.", TextDirection.Ltr, [], "notice:test", file);

        Host.Services.GetRequiredService<OutboxWriter>().Enqueue(ChatKey.ForTelegram(710), notice, "file:1");

        var document = await Api.WaitForRequestAsync("sendDocument", Wait);
        var sent = Assert.Single(Api.Documents);
        Assert.Equal(710, sent.ChatId);
        Assert.Equal("visit.ics", sent.FileName);
        Assert.Equal("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", Encoding.UTF8.GetString([.. sent.Content]));
        var text = Assert.Single(Api.MessagesTo(710));
        Assert.True(text.MessageId < sent.MessageId, "the text comes before its file");
        Assert.True(document.Succeeded);
        await Poll.Eventually(() => Host.Services.GetRequiredService<OutboxStore>().Find("file:1")!.Status == OutboxStatus.Sent);
    }
}
