using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Facilitation;

/// <summary>
/// Which groups a staff account may run: those of its own organisation where it is a facilitator, or all of
/// its organisation for an admin. Every id from a button or the console goes through here, so a forged id for
/// another organisation's group finds nothing.
/// </summary>
public sealed class FacilitatedSeries(SeriesStore series)
{
    public SessionSeries? Find(StaffAccount account, string seriesId)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.CanFacilitate && series.FindIn(seriesId, account.Organisation) is { } found && May(account, found) ? found : null;
    }

    public IReadOnlyList<SessionSeries> Of(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.CanFacilitate ? [.. series.InOrganisation(account.Organisation).Where(s => May(account, s))] : [];
    }

    private static bool May(StaffAccount account, SessionSeries series) =>
        account.Role == StaffRole.Admin || series.Facilitators.Contains(account.Id);
}
