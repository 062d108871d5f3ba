using ParentBot.Core.Staff;

namespace ParentBot.Web.Staff;

/// <summary>
/// One entry of the console's navigation. Each part of the console registers its own (visit requests, venues,
/// groups and broadcasts add theirs), with the roles that may see it; the page itself checks the role again.
/// </summary>
public sealed record ConsoleSection(string TextKey, string Path, int Order, Func<StaffAccount, bool> IsFor)
{
    public static bool Everyone(StaffAccount account) => true;

    public static bool Admins(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.Role == StaffRole.Admin;
    }
}
