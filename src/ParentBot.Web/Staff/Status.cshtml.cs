using Microsoft.AspNetCore.Mvc;

namespace ParentBot.Web.Staff;

/// <summary>
/// The page for 400, 403 and 404 in the console. "Not found" is also what another organisation's id gives:
/// the console does not even say that such a thing exists.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : ConsolePage
{
    public string TextKey { get; private set; } = "console.status.other";

    public void OnGet(int code)
    {
        TextKey = code switch
        {
            400 => "console.status.400",
            403 => "console.status.403",
            404 => "console.status.404",
            _ => "console.status.other",
        };
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }

    /// <summary>A failed form post is shown through here too (the status page re-runs the request's method).</summary>
    public void OnPost(int code) => OnGet(code);
}
