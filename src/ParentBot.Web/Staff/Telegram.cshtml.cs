using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff;

/// <summary>
/// Linking the staff member's Telegram: a one-time code (valid <see cref="StaffOptions.LinkCodeMinutes"/>) to send
/// to the bot, as a deep link when the bot's name is known; unlinking.
/// </summary>
public sealed class TelegramModel(StaffStore staff, BotProfile bot, IOptions<StaffOptions> options, TimeProvider time) : StaffPage
{
    public string? Code { get; private set; }

    public Uri? DeepLink { get; private set; }

    public string? ExpiresAt { get; private set; }

    public void OnGet()
    {
        if (Me.LinkCode is { } code && Me.LinkCodeExpiresUtc is { } expires && expires > time.GetUtcNow().UtcDateTime)
        {
            Show(code, expires);
        }
    }

    public IActionResult OnPostCode()
    {
        var expires = time.GetUtcNow().UtcDateTime.AddMinutes(options.Value.LinkCodeMinutes);
        Me.LinkCode = LinkCodes.New();
        Me.LinkCodeExpiresUtc = expires;
        staff.Save(Me);
        Audit(AuditActions.LinkCodeMade, Me.Id);
        Show(Me.LinkCode, expires);
        return Page();
    }

    public IActionResult OnPostUnlink()
    {
        if (Me.Chat is not null)
        {
            Me.Chat = null;
            staff.Save(Me);
            Audit(AuditActions.Unlinked, Me.Id);
        }

        return Redirect("/staff/telegram");
    }

    private void Show(string code, DateTime expiresUtc)
    {
        Code = code;
        DeepLink = bot.TelegramStartLink(LinkCodes.Prefix + code);
        ExpiresAt = When(expiresUtc);
    }
}
