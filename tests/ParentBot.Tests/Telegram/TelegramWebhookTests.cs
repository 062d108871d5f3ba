using System.Net;
using System.Text;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Telegram;

public sealed class TelegramWebhookTests() : TelegramWorld("https://bot.example.org/telegram/hook")
{
    [Fact]
    public async Task Start_RegistersTheWebhookWithItsSecret()
    {
        var request = await Api.WaitForRequestAsync("setWebhook", Wait);

        Assert.Equal("https://bot.example.org/telegram/hook", request.BodyJson?["url"]?.GetValue<string>());
        Assert.Equal(WebhookSecret, request.BodyJson?["secret_token"]?.GetValue<string>());
        Assert.Empty(Api.RequestsFor("getUpdates"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task UpdateWithoutTheRightSecret_IsRefused(string? secret)
    {
        using var http = Host.CreateClient();
        var update = FakeBotApiServer.BuildUpdateJson(Api.EnqueueText(42, "/start"));

        var response = await http.SendAsync(Post(update, secret));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Api.MessagesTo(42));
    }

    [Fact]
    public async Task UpdateWithTheSecret_IsHandled_AndADuplicateIsNot()
    {
        using var http = Host.CreateClient();
        var update = FakeBotApiServer.BuildUpdateJson(Api.EnqueueText(43, "/start", "nl"));

        var first = await http.SendAsync(Post(update, WebhookSecret));
        var again = await http.SendAsync(Post(update, WebhookSecret));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var picker = Assert.Single(await Api.WaitForMessagesAsync(43, 1, Wait));
        Assert.Equal("lang:nl", picker.CallbackData[0]);
        Assert.Single(Api.MessagesTo(43));
    }

    [Fact]
    public async Task MalformedUpdate_Is400()
    {
        using var http = Host.CreateClient();

        var response = await http.SendAsync(Post("{nope", WebhookSecret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static HttpRequestMessage Post(string json, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/hook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return request;
    }
}
