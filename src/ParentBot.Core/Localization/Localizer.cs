using System.Collections.Concurrent;
using System.Globalization;

namespace ParentBot.Core.Localization;

/// <summary>
/// Turns a text key and its values into the sentence a parent reads, in their language: placeholders
/// filled, values isolated in right-to-left text, dates in Europe/Brussels and the Gregorian calendar.
/// </summary>
public sealed class Localizer(TextCatalog texts, LanguageCatalog languages)
{
    private readonly ConcurrentDictionary<string, CultureInfo> _cultures = new(StringComparer.Ordinal);

    public LanguageCatalog Languages => languages;

    public string Text(string language, string key, IReadOnlyDictionary<string, string>? values = null)
    {
        var template = texts.Template(language, key);
        if (values is null || values.Count == 0)
        {
            return template;
        }

        var rtl = languages.TryGet(language, out var info) && info.Direction == TextDirection.Rtl;
        return TextCatalog.PlaceholderPattern().Replace(template, m =>
            values.TryGetValue(m.Groups[1].Value, out var v) ? (rtl ? Bidi.Isolate(v) : v) : m.Value);
    }

    /// <summary>A date as a parent reads it, e.g. "dinsdag 24 november 2026" or "الثلاثاء 24 تشرين الثاني 2026".</summary>
    public string Date(string language, DateTimeOffset instant)
    {
        var local = BrusselsClock.ToLocal(instant);
        return local.ToString("dddd d MMMM yyyy", CultureOf(language));
    }

    /// <summary>A local time of day in Brussels, 24-hour clock, e.g. "09:00".</summary>
    public string Time(string language, DateTimeOffset instant) =>
        BrusselsClock.ToLocal(instant).ToString("HH:mm", CultureOf(language));

    public TextDirection DirectionOf(string language) =>
        languages.TryGet(language, out var info) ? info.Direction : TextDirection.Ltr;

    /// <summary>The language's culture with the Gregorian calendar, made once per language.</summary>
    public CultureInfo CultureOf(string language) => _cultures.GetOrAdd(language, code =>
        languages.TryGet(code, out var info) ? info.CreateGregorianCulture() : CultureInfo.InvariantCulture);
}
