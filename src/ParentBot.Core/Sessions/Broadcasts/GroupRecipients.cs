using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>A parent of a group as a message needs them: chat, language, and how the facilitator knows them.</summary>
public sealed record Recipient(ChatKey Chat, string Language, string? Name, int Number);

/// <summary>
/// Everyone enrolled in a group, muted or not (muting pauses reminders, not news about the group), each with
/// the language they chose. Numbers follow the order they joined, so "parent 3" stays the same person.
/// </summary>
public sealed class GroupRecipients(EnrolmentStore enrolments, ParentStore parents)
{
    /// <summary>Used when a parent's record is gone; enrolling needs a chosen language, so it rarely happens.</summary>
    private const string DefaultLanguage = "nl";

    public IReadOnlyList<Recipient> Of(SessionSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        // Chat breaks ties between parents who joined in the same millisecond, so numbers never swap.
        return [.. enrolments.OfSeries(series.Id).OrderBy(e => e.JoinedUtc).ThenBy(e => e.Chat, StringComparer.Ordinal).Select((e, i) =>
        {
            var chat = ChatKey.Parse(e.Chat);
            var language = parents.Find(chat)?.Language ?? series.Languages.FirstOrDefault() ?? DefaultLanguage;
            return new Recipient(chat, language, string.IsNullOrWhiteSpace(e.Name) ? null : e.Name, i + 1);
        })];
    }
}
