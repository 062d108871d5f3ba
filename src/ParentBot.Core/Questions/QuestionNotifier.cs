using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Questions;

/// <summary>
/// Tells the organisation's staff who linked Telegram that a parent wrote. The notice names the language, never
/// the parent's words: those stay in the console, behind a login.
/// </summary>
public sealed class QuestionNotifier(StaffStore staff, OutboxWriter outbox, Localizer localizer)
{
    public void ParentWrote(QuestionThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var language = localizer.Languages.TryGet(thread.Language, out var info) ? info.NativeName : thread.Language;
        foreach (var account in staff.InOrganisation(thread.Organisation).Where(a => a.Chat is not null))
        {
            var text = localizer.Text(account.Language, "staff.question-new", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["language"] = language,
            });
            outbox.Enqueue(
                ChatKey.Parse(account.Chat!),
                new OutboundMessage(text, localizer.DirectionOf(account.Language), [], "notice:staff-question"),
                $"sq:{thread.Id}:{thread.Messages.Count}:{account.Id}");
        }
    }
}
