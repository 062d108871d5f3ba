using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ParentBot.Core.Sessions;

/// <summary>
/// Invitation codes for posters and deep links: 6 characters without look-alikes (no 0/O, 1/I/L), easy to
/// read aloud and to type on a phone, hard to guess.
/// </summary>
public static partial class InviteCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => string.Create(6, 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });

    /// <summary>True when <paramref name="text"/> looks like a code (spaces and case forgiven).</summary>
    public static bool LooksLikeCode(string text, out string code)
    {
        ArgumentNullException.ThrowIfNull(text);
        code = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return CodePattern().IsMatch(code);
    }

    [GeneratedRegex("^[A-Z0-9]{6}$")]
    private static partial Regex CodePattern();
}
