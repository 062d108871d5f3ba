namespace ParentBot.Core.Localization;

/// <summary>One text of a language file, with where it stands so the dialogs check can point at it.</summary>
internal sealed record TextEntry(string Text, string File, int Line);
