using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Questions;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Knowledge;

/// <summary>
/// Answers typed questions from the knowledge base: an emergency gets 112 before anything else; a clear
/// match gets the answer and "Did this help?"; a weak one "Did you mean…" with the top three; no match an
/// honest "I don't know that", then the offer to send that very question to a person (or the menu when no
/// person can answer). Never a confident wrong answer.
/// </summary>
public sealed class KnowledgeAnswerer(
    KnowledgeIndex index, FlowRunner flows, KnowledgeFeedbackStore feedback, QuestionRouting askPerson, TimeProvider time) : IQuestionAnswerer
{
    public const string ButtonPrefix = ButtonValue.KnowledgePrefix;
    public const string EntrySlot = "entry";
    public const string QuestionSlot = "question";

    public Task AnswerAsync(FlowContext context, Replies replies, string question, CancellationToken cancellationToken)
    {
        var match = index.Search(question, replies.Language);
        if (match.Emergency)
        {
            SayAnswer(match.Best!, replies);
            flows.Enter(context, replies, FlowCatalog.MainMenu);
        }
        else if (match.Confidence == MatchConfidence.Clear)
        {
            Answer(context, replies, match.Best!, question);
        }
        else if (match.Confidence == MatchConfidence.Weak)
        {
            var menu = flows.EnterSilently(context, FlowCatalog.MainMenu);
            IReadOnlyList<IReadOnlyList<OutboundButton>> buttons =
            [
                .. match.Candidates.Select(c => (IReadOnlyList<OutboundButton>)[EntryButton(c.Entry, replies.Language)]),
                [new OutboundButton(replies.Label("menu.ask-person"), ButtonValue.ForFlow(menu.Id, menu.Version, menu.Start, "ask-person"))],
            ];
            replies.Add(replies.Localizer.Text(replies.Language, "kb.did-you-mean"), buttons, "text:kb.did-you-mean");
        }
        else
        {
            feedback.Add(context.Chat, replies.Language, question, entryId: null, helpful: null, time.GetUtcNow().UtcDateTime);
            replies.Say("kb.dont-know");
            if (askPerson.For(context.Chat) is not null)
            {
                flows.EnterWith(context, replies, AskPersonSlots.Flow, new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [AskPersonSlots.Question] = question,
                }, state: "offer");
            }
            else
            {
                flows.Enter(context, replies, FlowCatalog.MainMenu);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A pressed <c>kb:&lt;id&gt;</c> button (a topic list or "did you mean…").</summary>
    public bool TryShowEntry(FlowContext context, Replies replies, string entryId)
    {
        if (!index.Knowledge.TryGet(entryId, out var entry))
        {
            return false;
        }

        Answer(context, replies, entry, question: null);
        return true;
    }

    internal static OutboundButton EntryButton(KnowledgeEntry entry, string language) =>
        new(TextIn(entry, language).Title, ButtonPrefix + entry.Id);

    private void Answer(FlowContext context, Replies replies, KnowledgeEntry entry, string? question)
    {
        SayAnswer(entry, replies);
        flows.Enter(context, replies, "question");
        context.Conversation.Slots[EntrySlot] = entry.Id;
        if (question is not null)
        {
            context.Conversation.Slots[QuestionSlot] = question;
        }
    }

    private static void SayAnswer(KnowledgeEntry entry, Replies replies) =>
        replies.Add(TextIn(entry, replies.Language).Answer, [], ButtonPrefix + entry.Id);

    private static KnowledgeText TextIn(KnowledgeEntry entry, string language) =>
        entry.Texts.TryGetValue(language, out var text) ? text : entry.Texts["en"];
}
