using ParentBot.Core.Conversations;
using ParentBot.Core.Questions;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Profile;

/// <summary>The town a parent let us remember ("Family centre" → "Yes, remember"): their questions go to its family centre.</summary>
internal sealed class ProfileTown(TurnStore turns) : IParentTown
{
    public string? MunicipalityOf(ChatKey chat) => turns.FindParent(chat)?.Town;
}
