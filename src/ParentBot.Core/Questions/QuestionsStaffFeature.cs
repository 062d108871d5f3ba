using System.Globalization;
using ParentBot.Core.Conversations;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Questions;

/// <summary>
/// "Questions from parents" in the staff menu on Telegram: how many of the organisation's questions wait for an
/// answer. The answering itself happens in the console, where parents' words stay behind a login.
/// </summary>
public sealed class QuestionsStaffFeature(QuestionStore questions) : IStaffFeature, IRequiredTexts
{
    public string Prefix => "sq:";

    public string MenuLabel => "staff.questions-button";

    public IEnumerable<string> Keys => [MenuLabel, "staff.questions-waiting"];

    public bool IsFor(StaffAccount account) => true;

    public Task<bool> HandleButtonAsync(string value, StaffAccount account, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(replies);
        if (value != Prefix + "menu")
        {
            return Task.FromResult(false);
        }

        var waiting = questions.CountIn(account.Organisation, QuestionStatus.Waiting);
        replies.Add(
            replies.Localizer.Text(replies.Language, "staff.questions-waiting", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["count"] = waiting.ToString(CultureInfo.InvariantCulture),
            }),
            [[StaffChat.MenuButton(replies)]],
            "staff:questions");
        return Task.FromResult(true);
    }

    public Task HandleTextAsync(string text, StaffAccount account, FlowContext context, Replies replies, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
