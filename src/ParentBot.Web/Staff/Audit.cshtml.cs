using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff;

/// <summary>Who did what, when, in this organisation only; never what anybody wrote. For admins.</summary>
public sealed class AuditModel(AuditStore audit, StaffStore staff) : StaffPage
{
    private const int PageSize = 100;
    private static readonly HashSet<string> ThreadActions =
        new([AuditActions.QuestionReplied, AuditActions.QuestionClosed, AuditActions.QuestionReopened], StringComparer.Ordinal);

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasOlder { get; private set; }

    protected override bool Allows(StaffAccount account) => account.Role == StaffRole.Admin;

    public void OnGet(int page = 1)
    {
        PageNumber = Math.Max(1, page);
        Entries = audit.InOrganisation(Me.Organisation, (PageNumber - 1) * PageSize, PageSize);
        HasOlder = audit.CountIn(Me.Organisation) > PageNumber * PageSize;
    }

    public static bool IsThread(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return ThreadActions.Contains(entry.Action);
    }

    /// <summary>An account of this organisation by e-mail; the command line by name; anything else as its id.</summary>
    public string Actor(string id)
    {
        if (id == AuditActions.CommandLine)
        {
            return T("console.audit.cli");
        }

        if (!_names.TryGetValue(id, out var name))
        {
            name = _names[id] = staff.FindIn(id, Me.Organisation)?.Email ?? id;
        }

        return name;
    }

    public string ActionName(string action) => T("console.audit.action." + action);
}
