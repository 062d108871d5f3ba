using System.Security.Cryptography;

namespace ParentBot.Web.Staff.Accounts;

/// <summary>A first password to hand over in person: 16 characters without look-alikes, changed at the first login.</summary>
public static class OneTimePasswords
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var raw = RandomNumberGenerator.GetString(Alphabet, 16);
        return $"{raw[..4]}-{raw[4..8]}-{raw[8..12]}-{raw[12..]}";
    }
}
