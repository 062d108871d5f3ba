using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ParentBot.Tests.Support;

/// <summary>
/// A browser-like client of the staff console over the in-memory test server: keeps cookies, does not follow
/// redirects (tests look at them), and posts forms the way a page does — with the antiforgery token of the
/// page the form is on, fetched just before.
/// </summary>
public sealed partial class ConsoleClient(ParentBotFactory host) : IDisposable
{
    private readonly HttpClient _http = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<(HttpStatusCode Status, string Html, Uri? Location)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="path"/> with the token of the form page <paramref name="formPage"/>.</summary>
    public async Task<(HttpStatusCode Status, string Html, Uri? Location)> PostAsync(string formPage, string path, IReadOnlyDictionary<string, string> fields)
    {
        var (_, html, _) = await GetAsync(formPage);
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = TokenIn(html) };
        return await PostWithoutTokenAsync(path, all);
    }

    public async Task<(HttpStatusCode Status, string Html, Uri? Location)> PostWithoutTokenAsync(string path, IReadOnlyDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    public Task<(HttpStatusCode Status, string Html, Uri? Location)> LoginAsync(string email, string password) =>
        PostAsync("/staff/login", "/staff/login", new Dictionary<string, string> { ["email"] = email, ["password"] = password });

    public static string TokenIn(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "the page has no antiforgery token");
        return match.Groups[1].Value;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
