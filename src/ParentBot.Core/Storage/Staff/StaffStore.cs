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

    public bool Any() => database.Collection<StaffAccount>(Collections.Staff).Count() > 0;

    public void Save(StaffAccount account) =>
        database.Write(db => db.GetCollection<StaffAccount>(Collections.Staff).Upsert(account));
}
