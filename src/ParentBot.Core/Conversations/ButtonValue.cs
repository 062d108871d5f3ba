using System.Globalization;
using System.Text;

namespace ParentBot.Core.Conversations;

/// <summary>
/// The values buttons carry. A flow button names flow, version, state and trigger
/// (<c>f:main-menu:1:menu:childcare</c>) so a button from an old message or an older flow version is
/// recognised; a language button (<c>lang:ar</c>) works from any message. Ids only, never labels:
/// Telegram's callback_data is limited to 64 bytes, and one Tigrinya letter takes 3.
/// </summary>
public static class ButtonValue
{
    public const int MaxBytes = 64;

    /// <summary>A knowledge answer by entry id (<c>kb:preschool-age</c>): showing an answer is never stale.</summary>
    public const string KnowledgePrefix = "kb:";

    private const string FlowPrefix = "f:";
    private const string PickPrefix = "p:";
    private const string LanguagePrefix = "lang:";

    public static string ForFlow(string flowId, int version, string state, string trigger) =>
        string.Create(CultureInfo.InvariantCulture, $"{FlowPrefix}{flowId}:{version}:{state}:{trigger}");

    public static string ForLanguage(string code) => LanguagePrefix + code;

    /// <summary>A choice offered by a pick state (<c>p:visit:1:venue:v-mech-1</c>); the value may itself contain ':'.</summary>
    public static string ForPick(ConversationRecord conversation, string value)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return string.Create(CultureInfo.InvariantCulture, $"{PickPrefix}{conversation.FlowId}:{conversation.FlowVersion}:{conversation.State}:{value}");
    }

    public static bool TryParsePick(string value, out FlowButton button)
    {
        button = default;
        if (!value.StartsWith(PickPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = value[PickPrefix.Length..].Split(':', 4);
        if (parts.Length != 4 || parts[3].Length == 0 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        button = new FlowButton(parts[0], version, parts[2], parts[3]);
        return true;
    }

    public static bool TryParseLanguage(string value, out string code)
    {
        code = value.StartsWith(LanguagePrefix, StringComparison.Ordinal) ? value[LanguagePrefix.Length..] : string.Empty;
        return code.Length > 0;
    }

    public static bool TryParseFlow(string value, out FlowButton button)
    {
        button = default;
        if (!value.StartsWith(FlowPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = value[FlowPrefix.Length..].Split(':');
        if (parts.Length != 4 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        button = new FlowButton(parts[0], version, parts[2], parts[3]);
        return true;
    }

    public static bool Fits(string value) => Encoding.UTF8.GetByteCount(value) is > 0 and <= MaxBytes;
}

/// <summary>A parsed flow button value; for a pick, <see cref="Trigger"/> holds the chosen value.</summary>
public readonly record struct FlowButton(string FlowId, int Version, string State, string Trigger);
