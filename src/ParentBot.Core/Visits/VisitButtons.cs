using System.Globalization;

namespace ParentBot.Core.Visits;

/// <summary>
/// Values of the buttons on visit notices and in "My visits" (<c>vis:…</c>) and on staff notices (<c>sv:…</c>). They
/// carry ids only; whoever handles them checks that the chat or staff account may act on that booking.
/// </summary>
public static class VisitButtons
{
    public const string ParentPrefix = "vis:";
    public const string StaffPrefix = "sv:";

    public static string Cancel(string id) => $"{ParentPrefix}c:{id}";

    public static string AnotherTime(string id) => $"{ParentPrefix}t:{id}";

    public static string Accept(string id) => $"{ParentPrefix}a:{id}";

    public static string Reject(string id) => $"{ParentPrefix}r:{id}";

    public static string Feedback(string id, int score) => string.Create(CultureInfo.InvariantCulture, $"{ParentPrefix}f:{id}:{score}");

    public static string Help(string id, bool yes) => $"{ParentPrefix}h:{id}:{(yes ? "y" : "n")}";

    /// <summary>Start a new booking from the beginning (after a decline: "another place").</summary>
    public static string NewBooking => $"{ParentPrefix}b";

    public static string StaffMenu => $"{StaffPrefix}menu";

    public static string Open(string id) => $"{StaffPrefix}o:{id}";

    public static string Approve(string id) => $"{StaffPrefix}ok:{id}";

    public static string Decline(string id) => $"{StaffPrefix}no:{id}";

    public static string DeclineFor(string id, string reason) => $"{StaffPrefix}nr:{id}:{reason}";

    public static string Propose(string id) => $"{StaffPrefix}pt:{id}";

    public static string ProposeAt(string id, string slotKey) => $"{StaffPrefix}ps:{id}:{slotKey}";

    /// <summary>Splits <c>vis:f:abc:3</c> into <c>["f", "abc", "3"]</c>; empty when the prefix is not there.</summary>
    public static string[] Parts(string value, string prefix)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..].Split(':') : [];
    }
}
