using ParentBot.Core.Sessions;

namespace ParentBot.Core.Storage;

/// <summary>One-time personal invitations; used ones are deleted, so a code works once.</summary>
public sealed class PersonalInviteStore(ParentBotDatabase database)
{
    public void Add(PersonalInvite invite) => database.Write(db => db.GetCollection<PersonalInvite>(Collections.PersonalInvites).Insert(invite));

    public PersonalInvite? Find(string code, DateTime nowUtc) =>
        database.Collection<PersonalInvite>(Collections.PersonalInvites).FindById(code.ToUpperInvariant()) is { } invite && invite.ExpiresUtc > nowUtc
            ? invite
            : null;

    public bool Use(string code) => database.Write(db => db.GetCollection<PersonalInvite>(Collections.PersonalInvites).Delete(code.ToUpperInvariant()));
}
