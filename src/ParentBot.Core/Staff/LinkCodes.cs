using System.Security.Cryptography;

namespace ParentBot.Core.Staff;

/// <summary>
/// One-time codes that link a Telegram chat to a staff account: 8 letters and digits without look-alikes
/// (no 0/O, 1/I/L), easy to type on a phone, too many to guess within the few minutes one is valid.
/// </summary>
public static class LinkCodes
{
    public const string Prefix = "link-";
    public const int Length = 8;
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>"link-abcd 2345", " ABCD2345 " → "ABCD2345"; null when it cannot be a code.</summary>
    public static string? Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var code = text.Trim();
        if (code.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            code = code[Prefix.Length..];
        }

        code = code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
