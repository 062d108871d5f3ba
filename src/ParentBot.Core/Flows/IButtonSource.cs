using ParentBot.Core.Conversations;

namespace ParentBot.Core.Flows;

/// <summary>
/// Buttons computed at run time for a state (<c>buttons-from: languages</c>, or with an argument
/// <c>buttons-from: knowledge:childcare</c>), e.g. one per language.
/// </summary>
public interface IButtonSource
{
    string Name { get; }

    IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language);
}
