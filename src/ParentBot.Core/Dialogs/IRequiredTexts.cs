namespace ParentBot.Core.Dialogs;

/// <summary>
/// Text keys a part of the code says directly (not through a flow). Each part registers its own set, so the
/// dialogs check fails on a key the code needs but no English text defines.
/// </summary>
public interface IRequiredTexts
{
    IEnumerable<string> Keys { get; }
}
