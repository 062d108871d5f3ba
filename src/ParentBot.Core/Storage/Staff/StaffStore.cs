using ParentBot.Core.Conversations;
using ParentBot.Core.Staff;

namespace ParentBot.Core.Storage;

/// <summary>Staff accounts. Every query that lists accounts is scoped to one organisation.</summary>
public sealed class StaffStore(ParentBotDatabase database)
{
    /// <summary>Adds the account; false when its e-mail is taken.</summary>
    public bool Add(StaffAccount account) => database.Write(db =>
    {
        ArgumentNullException.ThrowIfNull(account);
        account.Email = account.Email.Trim().ToLowerInvariant();
        var staff = db.GetCollection<StaffAccount>(Collections.Staff);
        if (staff.Exists(s => s.Email == account.Email))
        {
            return false;
        }

        staff.Insert(account);
        return true;
    });

    public StaffAccount? Find(string id) => database.Collection<StaffAccount>(Collections.Staff).FindById(id);

    /// <summary>The account only if it belongs to <paramref name="organisation"/>: what the console uses for every id it is given.</summary>
    public StaffAccount? FindIn(string id, string organisation) => Find(id) is { } account && account.Organisation == organisation ? account : null;

    public StaffAccount? FindByEmail(string email)
    {
        var key = email.Trim().ToLowerInvariant();
        return database.Collection<StaffAccount>(Collections.Staff).FindOne(s => s.Email == key);
    }

    public StaffAccount? FindByChat(ChatKey chat)
    {
        var key = chat.ToString();
        return database.Collection<StaffAccount>(Collections.Staff).FindOne(s => s.Chat == key);
    }

    public IReadOnlyList<StaffAccount> InOrganisation(string organisation) =>
        [.. database.Collection<StaffAccount>(Collections.Staff).Find(s => s.Organisation == organisation).OrderBy(s => s.Email, StringComparer.Ordinal)];

    public bool AnyIn(string organisation) => database.Collection<StaffAccount>(Collections.Staff).Exists(s => s.Organisation == organisation);

    public bool Any() => database.Collection<StaffAccount>(Collections.Staff).Count() > 0;

    public void Save(StaffAccount account) =>
        database.Write(db => db.GetCollection<StaffAccount>(Collections.Staff).Upsert(account));

    /// <summary>True when <paramref name="code"/> is a link code some account waits for right now.</summary>
    public bool IsPendingLinkCode(string code, DateTime nowUtc) =>
        database.Collection<StaffAccount>(Collections.Staff).Exists(s => s.LinkCode == code && s.LinkCodeExpiresUtc > nowUtc);

    /// <summary>
    /// Links <paramref name="chat"/> to the account waiting for <paramref name="code"/> and spends the code, in
    /// one write: a code links once, and a chat belongs to one account (an earlier link of that chat is undone).
    /// </summary>
    public StaffAccount? LinkByCode(string code, ChatKey chat, DateTime nowUtc) => database.Write(db =>
    {
        var staff = db.GetCollection<StaffAccount>(Collections.Staff);
        var account = staff.FindOne(s => s.LinkCode == code);
        if (account is null || account.LinkCodeExpiresUtc is not { } expires || expires <= nowUtc)
        {
            return null;
        }

        var key = chat.ToString();
        foreach (var earlier in staff.Find(s => s.Chat == key && s.Id != account.Id).ToList())
        {
            earlier.Chat = null;
            staff.Update(earlier);
        }

        account.Chat = key;
        account.LinkCode = null;
        account.LinkCodeExpiresUtc = null;
        staff.Update(account);
        return account;
    });

    /// <summary>
    /// Counts a wrong password in one write (parallel attempts must not undercount) and locks the account
    /// once <paramref name="maxFailures"/> is reached. Returns the account as stored, or null if it is gone.
    /// </summary>
    public StaffAccount? RecordLoginFailure(string id, DateTime nowUtc, int maxFailures, TimeSpan lockout) => database.Write(db =>
    {
        var staff = db.GetCollection<StaffAccount>(Collections.Staff);
        var account = staff.FindById(id);
        if (account is null)
        {
            return null;
        }

        account.FailedLogins++;
        if (account.FailedLogins >= maxFailures)
        {
            account.LockedUntilUtc = nowUtc + lockout;
            account.FailedLogins = 0;
        }

        staff.Update(account);
        return account;
    });

    /// <summary>Clears failures and any lock after a good password (and stores a rehashed password if given).</summary>
    public void RecordLoginSuccess(string id, string? rehashedPassword) => database.Write(db =>
    {
        var staff = db.GetCollection<StaffAccount>(Collections.Staff);
        if (staff.FindById(id) is not { } account)
        {
            return false;
        }

        account.FailedLogins = 0;
        account.LockedUntilUtc = null;
        if (rehashedPassword is not null)
        {
            account.PasswordHash = rehashedPassword;
        }

        return staff.Update(account);
    });
}
