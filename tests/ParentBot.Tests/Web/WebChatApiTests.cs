using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Web;

public sealed class WebChatApiTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ParentBotFactory _factory;
    private readonly HttpClient _http;

    public WebChatApiTests()
    {
        _factory = new ParentBotFactory(_dir.DatabasePath);
        _http = _factory.CreateClient();
    }

    public void Dispose()
    {
        _http.Dispose();
        _factory.Dispose();
        _dir.Dispose();
    }

    private async Task<(string Id, JsonElement Messages)> CreateAsync(object? body = null)
    {
        var response = await _http.PostAsJsonAsync("/api/chat/sessions", body ?? new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("sessionId").GetString()!, json.GetProperty("messages"));
    }

    private async Task<JsonElement> PostAsync(string id, object body)
    {
        var response = await _http.PostAsJsonAsync($"/api/chat/sessions/{id}/messages", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages");
    }

    [Fact]
    public async Task NewSessionWithoutLanguage_AsksForLanguage()
    {
        var (_, messages) = await CreateAsync();

        var first = messages[0];
        Assert.Equal(1, first.GetProperty("seq").GetInt64());
        Assert.Equal(11, first.GetProperty("buttons").EnumerateArray().SelectMany(r => r.EnumerateArray()).Count());
    }

    [Fact]
    public async Task NewSessionInArabic_GreetsRightToLeft_AndMenuWorks()
    {
        var (id, messages) = await CreateAsync(new { language = "ar" });

        Assert.All(messages.EnumerateArray(), m => Assert.Equal("rtl", m.GetProperty("direction").GetString()));
        var menu = messages.EnumerateArray().Last();
        Assert.Equal("flow:main-menu/menu", menu.GetProperty("ref").GetString());
        var childcare = menu.GetProperty("buttons").EnumerateArray().SelectMany(r => r.EnumerateArray())
            .First(b => b.GetProperty("value").GetString()!.EndsWith(":childcare", StringComparison.Ordinal));

        var reply = await PostAsync(id, new { button = childcare.GetProperty("value").GetString() });

        Assert.Equal("flow:main-menu/childcare", reply[0].GetProperty("ref").GetString());
        Assert.True(reply[0].GetProperty("seq").GetInt64() > menu.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task GetAfter_ReturnsOnlyLaterMessages()
    {
        var (id, messages) = await CreateAsync(new { language = "en" });
        var last = messages.EnumerateArray().Last().GetProperty("seq").GetInt64();
        await PostAsync(id, new { text = "/help" });

        var later = await _http.GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{id}/messages?after={last}");

        var seqs = later.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("seq").GetInt64()).ToList();
        Assert.NotEmpty(seqs);
        Assert.All(seqs, s => Assert.True(s > last));
        Assert.Equal(seqs.Order().ToList(), seqs);
    }

    [Fact]
    public async Task HugeText_IsAnsweredPolitely()
    {
        var (id, _) = await CreateAsync(new { language = "en" });

        var reply = await PostAsync(id, new { text = new string('a', 20_000) });

        Assert.Equal("text:common.too-long", reply[0].GetProperty("ref").GetString());
    }

    [Theory]
    [InlineData("{\"language\":\"xx\"}")]
    [InlineData("{\"language\":5}")]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    public async Task BadSessionBody_Is400WithError(string body)
    {
        var response = await _http.PostAsync("/api/chat/sessions", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("error", out _));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\":\"a\",\"button\":\"b\"}")]
    [InlineData("{\"text\":42}")]
    [InlineData("{\"button\":null}")]
    [InlineData("")]
    [InlineData("\"just a string\"")]
    public async Task BadMessageBody_Is400WithError(string body)
    {
        var (id, _) = await CreateAsync(new { language = "en" });

        var response = await _http.PostAsync($"/api/chat/sessions/{id}/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("error", out _));
    }

    [Fact]
    public async Task UnknownSession_Is404()
    {
        var post = await _http.PostAsJsonAsync("/api/chat/sessions/nope/messages", new { text = "hi" });
        var get = await _http.GetAsync("/api/chat/sessions/nope/messages?after=0");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task BadAfter_Is400()
    {
        var (id, _) = await CreateAsync();

        var response = await _http.GetAsync($"/api/chat/sessions/{id}/messages?after=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Forget_ErasesTheSessionsStoredMessages()
    {
        var (id, _) = await CreateAsync(new { language = "en" });
        await PostAsync(id, new { text = "/help" });
        var confirm = await PostAsync(id, new { text = "/forget" });
        var erase = confirm[0].GetProperty("buttons")[0][0].GetProperty("value").GetString();

        await PostAsync(id, new { button = erase });
        var all = await _http.GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{id}/messages?after=0");

        var refs = all.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("ref").GetString()).ToList();
        Assert.Equal(["flow:forget/erased"], refs);
    }

    [Fact]
    public async Task Page_AndHealth_AreServed()
    {
        var page = await _http.GetStringAsync("/");
        var script = await _http.GetStringAsync("/chat.js");
        var health = await _http.GetAsync("/healthz");

        Assert.Contains("<main id=\"log\"", page, StringComparison.Ordinal);
        Assert.Contains("/api/chat/sessions", script, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
