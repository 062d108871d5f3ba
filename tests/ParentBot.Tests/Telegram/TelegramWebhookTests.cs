using System.Net;
using System.Text;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Telegram;

public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly TempDirectory _dir = new();
    private FakeBotApiServer _api = null!;
    private ParentBotFactory _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApiServer.StartAsync();
        _host = new ParentBotFactory(_dir.DatabasePath, TelegramEndToEndTests.TelegramSettings(_api, "https://bot.example.org/telegram/hook"));
        _ = _host.Services;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task Start_RegistersTheWebhookWithItsSecret()
    {
        var request = await _api.WaitForRequestAsync("setWebhook", Wait);

        Assert.Equal("https://bot.example.org/telegram/hook", request.BodyJson?["url"]?.GetValue<string>());
        Assert.Equal("s3cret-Token_1", request.BodyJson?["secret_token"]?.GetValue<string>());
        Assert.Empty(_api.RequestsFor("getUpdates"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task UpdateWithoutTheRightSecret_IsRefused(string? secret)
    {
        using var http = _host.CreateClient();
        var update = FakeBotApiServer.BuildUpdateJson(_api.EnqueueText(42, "/start"));

        var response = await http.SendAsync(Post(update, secret));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_api.MessagesTo(42));
    }

    [Fact]
    public async Task UpdateWithTheSecret_IsHandled_AndADuplicateIsNot()
    {
        using var http = _host.CreateClient();
        var update = FakeBotApiServer.BuildUpdateJson(_api.EnqueueText(43, "/start", "nl"));

        var first = await http.SendAsync(Post(update, "s3cret-Token_1"));
        var again = await http.SendAsync(Post(update, "s3cret-Token_1"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var picker = Assert.Single(await _api.WaitForMessagesAsync(43, 1, Wait));
        Assert.Equal("lang:nl", picker.CallbackData[0]);
        Assert.Single(_api.MessagesTo(43));
    }

    [Fact]
    public async Task MalformedUpdate_Is400()
    {
        using var http = _host.CreateClient();

        var response = await http.SendAsync(Post("{nope", "s3cret-Token_1"));

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
