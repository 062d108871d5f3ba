using System.Security.Cryptography;
using ParentBot.Core.Sessions.Facilitation;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Editing;

/// <summary>
/// Creates and edits groups from the console. A group is always made in the account's own organisation, and
/// edited only through <see cref="FacilitatedSeries"/>, so another organisation's group is simply not found. A
/// facilitator always stays among the facilitators of what they made or edit: otherwise saving would lock them out.
/// </summary>
public sealed class SeriesEditor(SeriesValidator validator, SeriesStore series, FacilitatedSeries access, EnrolmentStore enrolments)
{
    private const string IdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>Codes are random; a clash with another group's code is retried this often before giving up.</summary>
    private const int CodeAttempts = 20;

    public SeriesEditResult Create(StaffAccount account, SeriesInput input)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(input);
        if (!account.CanFacilitate)
        {
            return SeriesEditResult.NotFound;
        }

        input = WithSelf(account, input);
        var problems = validator.Check(input, account.Organisation, members: 0);
        if (problems.Count > 0)
        {
            return new SeriesEditResult(null, problems);
        }

        var group = new SessionSeries { Id = "g-" + RandomNumberGenerator.GetString(IdAlphabet, 10), Organisation = account.Organisation };
        Apply(input, group);
        for (var attempt = 0; attempt < CodeAttempts; attempt++)
        {
            group.InviteCode = InviteCodes.New();
            if (series.AddNew(group))
            {
                return new SeriesEditResult(group, []);
            }
        }

        throw new InvalidOperationException("no free invitation code found; the code space is nearly used up");
    }

    public SeriesEditResult Update(StaffAccount account, string seriesId, SeriesInput input)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(input);
        if (access.Find(account, seriesId) is not { } group)
        {
            return SeriesEditResult.NotFound;
        }

        input = WithSelf(account, input);
        var problems = validator.Check(input, account.Organisation, enrolments.OfSeries(group.Id).Count);
        if (problems.Count > 0)
        {
            return new SeriesEditResult(null, problems);
        }

        Apply(input, group);
        series.Save(group);
        return new SeriesEditResult(group, []);
    }

    private static SeriesInput WithSelf(StaffAccount account, SeriesInput input) =>
        account.Role == StaffRole.Facilitator && !input.Facilitators.Contains(account.Id)
            ? input with { Facilitators = [.. input.Facilitators, account.Id] }
            : input;

    /// <summary>Copies what the form holds; id, organisation, code and cancelled dates stay as they are.</summary>
    private static void Apply(SeriesInput input, SessionSeries group)
    {
        group.Name = input.Name.Trim();
        group.VenueId = input.VenueId;
        group.Facilitators = [.. input.Facilitators.Distinct(StringComparer.Ordinal)];
        group.Days = [.. input.Days.Distinct().Order()];
        group.Start = input.Start.Trim();
        group.End = input.End.Trim();
        group.FirstDate = input.FirstDate.Trim();
        group.LastDate = input.LastDate.Trim();
        group.Holidays = [.. input.Holidays.Select(h => h.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        group.Capacity = input.Capacity ?? group.Capacity;
        group.Languages = [.. input.Languages.Distinct(StringComparer.Ordinal)];
        group.Bring = input.Bring.Where(b => !string.IsNullOrWhiteSpace(b.Value))
            .ToDictionary(b => b.Key, b => b.Value.Trim(), StringComparer.Ordinal);
        group.Reminders = [.. input.Reminders.Distinct(StringComparer.Ordinal)];
    }
}
