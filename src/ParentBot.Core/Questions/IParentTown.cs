using ParentBot.Core.Conversations;

namespace ParentBot.Core.Questions;

/// <summary>
/// The town a parent told us (e.g. when booking a visit), if a part of the product keeps it: a question for a
/// person then goes to that town's family centre. Parts that know no town register nothing.
/// </summary>
public interface IParentTown
{
    /// <summary>A municipality id of <c>dialogs/places/municipalities.yaml</c>, or null.</summary>
    string? MunicipalityOf(ChatKey chat);
}
