using System.Globalization;

namespace ParentBot.Core.Localization;

/// <summary>A language ParentBot speaks, as declared in <c>dialogs/languages.yaml</c>.</summary>
public sealed record LanguageInfo(
    string Code,
    string NativeName,
    TextDirection Direction,
    string CultureName,
    string Fallback,
    IReadOnlyList<string> TelegramCodes)
{
    /// <summary>
    /// The culture for dates and numbers, always with the Gregorian calendar: the default calendars of
    /// Arabic (Hijri) and Persian/Pashto (Solar Hijri) cultures would show parents a different date
    /// from the one on the family centre's door.
    /// </summary>
    public CultureInfo CreateGregorianCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(CultureName).Clone();
        culture.DateTimeFormat.Calendar = new GregorianCalendar();
        return CultureInfo.ReadOnly(culture);
    }
}
