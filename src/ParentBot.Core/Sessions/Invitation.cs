using QRCoder;

namespace ParentBot.Core.Sessions;

/// <summary>
/// A group's invitation for a poster: the Telegram deep link (<c>https://t.me/&lt;bot&gt;?start=join-CODE</c>), the
/// code to type in any chat, and a QR code image of the link that a phone camera opens without typing.
/// </summary>
public sealed record Invitation(string Code, string? Link)
{
    public static Invitation For(SessionSeries series, string? botUsername)
    {
        ArgumentNullException.ThrowIfNull(series);
        var bot = botUsername?.Trim().TrimStart('@');
        return new Invitation(series.InviteCode, string.IsNullOrEmpty(bot) ? null : $"https://t.me/{bot}?start=join-{series.InviteCode}");
    }

    /// <summary>A PNG of the link (or, without a bot name, of the code), large enough to print on A4.</summary>
    public byte[] QrPng()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Link ?? Code, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule: 20);
    }
}
