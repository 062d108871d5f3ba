using ParentBot.Core.Dialogs;

namespace ParentBot.Core.Demo;

/// <summary>
/// One file of <c>dialogs/demo/</c> (venues, session series, activities, …) and how to store it. Sections load
/// in <see cref="Order"/>, so series can refer to venues loaded before them.
/// </summary>
internal interface IDemoSection
{
    /// <summary>File name inside <c>dialogs/demo/</c>, e.g. <c>venues.yaml</c>.</summary>
    string File { get; }

    int Order { get; }

    void Load(YamlFile file);
}
