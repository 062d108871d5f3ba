using ParentBot.Core.Knowledge;

namespace ParentBot.Core.Dialogs;

/// <summary>
/// The knowledge part of the dialogs check: every entry rests on at least one fact, has an answer and
/// enough ways to ask in every language, answers stay short, and titles fit on a button.
/// </summary>
internal static class KnowledgeChecker
{
    public const int MaxAnswerLength = 500;
    public const int MaxTitleLength = 40;
    public const int MinQuestions = 5;

    public static void Check(DialogsContent content, List<DialogsProblem> problems)
    {
        var entriesFile = Path.Combine(content.Path, "knowledge", "entries.yaml");
        foreach (var entry in content.Knowledge.Entries)
        {
            if (entry.Facts.Count == 0)
            {
                problems.Add(new DialogsProblem(entriesFile, entry.Line, $"entry '{entry.Id}' names no fact of FACTS.md as its source"));
            }

            foreach (var language in content.Languages.All)
            {
                if (!entry.Texts.TryGetValue(language.Code, out var text))
                {
                    problems.Add(new DialogsProblem(Path.Combine(content.Path, "knowledge", "answers", language.Code + ".yaml"), 1,
                        $"entry '{entry.Id}' has no answer in {language.Code}"));
                    continue;
                }

                CheckText(entry, text, problems);
            }
        }

        foreach (var duplicate in content.Knowledge.Entries.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new DialogsProblem(entriesFile, duplicate.Last().Line, $"entry id '{duplicate.Key}' is used twice"));
        }
    }

    private static void CheckText(KnowledgeEntry entry, KnowledgeText text, List<DialogsProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text.Answer) || text.Answer.Length > MaxAnswerLength)
        {
            problems.Add(new DialogsProblem(text.File, text.Line, $"entry '{entry.Id}': the answer must have 1-{MaxAnswerLength} characters"));
        }

        if (string.IsNullOrWhiteSpace(text.Title) || text.Title.Length > MaxTitleLength)
        {
            problems.Add(new DialogsProblem(text.File, text.Line, $"entry '{entry.Id}': the title must have 1-{MaxTitleLength} characters"));
        }

        if (text.Questions.Count < MinQuestions)
        {
            problems.Add(new DialogsProblem(text.File, text.Line, $"entry '{entry.Id}': at least {MinQuestions} ways to ask are needed, found {text.Questions.Count}"));
        }
    }
}
