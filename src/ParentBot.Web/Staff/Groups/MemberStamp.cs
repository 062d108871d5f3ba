using System.Security.Cryptography;
using System.Text;

namespace ParentBot.Web.Staff.Groups;

/// <summary>
/// How a page names a member in its URLs: a short hash of the chat. Never the chat itself: a web chat's key is
/// the parent's session, which must not end up in a facilitator's browser history.
/// </summary>
public static class MemberStamp
{
    public static string Of(string chat) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(chat)))[..16];
}
