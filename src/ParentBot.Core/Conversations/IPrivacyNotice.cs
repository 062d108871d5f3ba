namespace ParentBot.Core.Conversations;

/// <summary>
/// A part of the product that keeps parent data for a reason the general /privacy text does not cover says why
/// it keeps it and who sees it, in the parent's language. What it keeps shows in /mydata (<see cref="IMyDataSection"/>).
/// </summary>
public interface IPrivacyNotice
{
    void Say(Replies replies);
}
