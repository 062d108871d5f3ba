namespace ParentBot.Core.Dialogs;

/// <summary>Where the dialog content lives. Empty means: find the <c>dialogs</c> folder (see <see cref="DialogsLocator"/>).</summary>
public sealed class DialogsOptions
{
    public const string Section = "ParentBot:Dialogs";

    public string? Path { get; set; }
}
