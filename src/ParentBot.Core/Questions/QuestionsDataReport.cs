using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Questions;

/// <summary>/privacy: who reads a question for a person; /mydata: how many messages with staff we keep.</summary>
public sealed class QuestionsDataReport(QuestionStore questions) : IPrivacyNotice, IMyDataSection
{
    void IPrivacyNotice.Say(Replies replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        replies.Say("ask.privacy");
    }

    void IMyDataSection.Say(FlowContext context, Replies replies)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        var kept = questions.MessagesOf(context.Chat);
        if (kept > 0)
        {
            replies.Say("ask.mydata", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["count"] = kept.ToString(replies.Localizer.CultureOf(replies.Language)),
            });
        }
    }
}
