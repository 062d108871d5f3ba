using System.Security.Cryptography;

namespace ParentBot.Core.Visits;

/// <summary>Booking ids: short (they go into 64-byte button values) and unguessable, without letters people confuse.</summary>
public static class VisitIds
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 10);

    /// <summary>True for something that could be an id we made (checked before any lookup of a pressed value).</summary>
    public static bool LooksValid(string id) => id.Length == 10 && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
