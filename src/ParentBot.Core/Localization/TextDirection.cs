namespace ParentBot.Core.Localization;

/// <summary>Writing direction of a language; the web chat renders right-to-left bubbles for <see cref="Rtl"/>.</summary>
public enum TextDirection
{
    Ltr,
    Rtl,
}
