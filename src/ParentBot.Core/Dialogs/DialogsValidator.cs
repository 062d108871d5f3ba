using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Dialogs;

/// <summary>
/// The dialogs check: every text in every language with the same placeholders, every transition to a
/// known state, every action, guard and button source known to the code. Each problem names file and line.
/// </summary>
public sealed class DialogsValidator(
    IReadOnlyCollection<string> actions,
    IReadOnlyCollection<string> guards,
    IReadOnlyCollection<string> buttonSources,
    IReadOnlyCollection<string> fillers,
    IEnumerable<string> requiredTexts)
{
    private const string ReferenceLanguage = "en";

    public IReadOnlyList<DialogsProblem> Check(DialogsContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<DialogsProblem>();
        CheckTexts(content, requiredTexts, problems);
        foreach (var flow in content.Flows)
        {
            new FlowChecker(flow, content, actions, guards, buttonSources, fillers, problems).Check();
        }

        CheckFlowIds(content, problems);
        KnowledgeChecker.Check(content, problems);
        return problems;
    }

    private static void CheckTexts(DialogsContent content, IEnumerable<string> required, List<DialogsProblem> problems)
    {
        var reference = content.Texts.EntriesOf(ReferenceLanguage);
        var referenceFile = System.IO.Path.Combine(content.Path, "texts", ReferenceLanguage + ".yaml");
        foreach (var key in required.Distinct(StringComparer.Ordinal).Where(k => !reference.ContainsKey(k)))
        {
            problems.Add(new DialogsProblem(referenceFile, 1, $"text '{key}' is used by the code but missing"));
        }

        foreach (var language in content.Languages.All.Where(l => l.Code != ReferenceLanguage))
        {
            var entries = content.Texts.EntriesOf(language.Code);
            foreach (var (key, entry) in reference.Where(r => !entries.ContainsKey(r.Key)))
            {
                if (content.Texts.LanguagesOfFolder(System.IO.Path.GetDirectoryName(entry.File)!) is { } only && !only.Contains(language.Code))
                {
                    continue;
                }

                // The same part's file in this language: texts/sessions/en.yaml → texts/sessions/ar.yaml.
                var file = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(entry.File)!, language.Code + ".yaml");
                problems.Add(new DialogsProblem(file, 1, $"text '{key}' is missing (defined in {entry.File}:{entry.Line})"));
            }

            foreach (var (key, entry) in entries)
            {
                if (!reference.TryGetValue(key, out var source))
                {
                    problems.Add(new DialogsProblem(entry.File, entry.Line, $"text '{key}' does not exist in {ReferenceLanguage}.yaml"));
                }
                else if (!TextCatalog.PlaceholdersOf(entry.Text).SetEquals(TextCatalog.PlaceholdersOf(source.Text)))
                {
                    problems.Add(new DialogsProblem(entry.File, entry.Line,
                        $"text '{key}' has placeholders {Describe(entry.Text)} but {ReferenceLanguage} has {Describe(source.Text)}"));
                }
                else if (string.IsNullOrWhiteSpace(entry.Text))
                {
                    problems.Add(new DialogsProblem(entry.File, entry.Line, $"text '{key}' is empty"));
                }
            }
        }
    }

    private static void CheckFlowIds(DialogsContent content, List<DialogsProblem> problems)
    {
        foreach (var group in content.Flows.GroupBy(f => f.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.AddRange(group.Skip(1).Select(f => new DialogsProblem(f.File, f.Line, $"flow id '{f.Id}' is used twice")));
        }

        if (content.Flows.All(f => f.Id != FlowCatalog.MainMenu))
        {
            problems.Add(new DialogsProblem(System.IO.Path.Combine(content.Path, "flows"), 0, $"no flow '{FlowCatalog.MainMenu}'"));
        }
    }

    private static string Describe(string text)
    {
        var set = TextCatalog.PlaceholdersOf(text);
        return set.Count == 0 ? "none" : string.Join(", ", set.Order(StringComparer.Ordinal).Select(p => "{" + p + "}"));
    }

    /// <summary>Checks one flow; kept apart so each rule reads on its own.</summary>
    private sealed class FlowChecker(
        FlowDefinition flow,
        DialogsContent content,
        IReadOnlyCollection<string> actions,
        IReadOnlyCollection<string> guards,
        IReadOnlyCollection<string> sources,
        IReadOnlyCollection<string> fillers,
        List<DialogsProblem> problems)
    {
        public void Check()
        {
            var stateIds = flow.States.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            if (!stateIds.Contains(flow.Start))
            {
                Add(flow.Line, $"start state '{flow.Start}' does not exist");
            }

            foreach (var state in flow.States)
            {
                CheckState(state, stateIds);
            }

            foreach (var duplicate in flow.States.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Add(duplicate.Skip(1).First().Line, $"state '{duplicate.Key}' is declared twice");
            }
        }

        private void CheckState(StateDefinition state, HashSet<string> stateIds)
        {
            CheckText(state.Line, state.Say, $"state '{state.Id}' says");
            var triggers = state.Transitions.Select(t => t.Trigger).ToHashSet(StringComparer.Ordinal);
            foreach (var button in state.Buttons.SelectMany(row => row))
            {
                CheckText(button.Line, button.Label, "button label");
                if (!triggers.Contains(button.Trigger))
                {
                    Add(button.Line, $"button fires '{button.Trigger}' but state '{state.Id}' has no transition for it");
                }

                var value = ButtonValue.ForFlow(flow.Id, flow.Version, state.Id, button.Trigger);
                if (!ButtonValue.Fits(value))
                {
                    Add(button.Line, $"button value '{value}' is over {ButtonValue.MaxBytes} bytes; use shorter ids");
                }
            }

            if (state.ButtonsFrom is { } source && !sources.Contains(FlowRunner.SourceNameOf(source)))
            {
                Add(state.Line, $"unknown button source '{source}'");
            }

            if (state.Fill is { } fill && !fillers.Contains(fill))
            {
                Add(state.Line, $"unknown filler '{fill}'");
            }

            if (state.Pick is { } pick && !triggers.Contains(pick.Trigger))
            {
                Add(pick.Line, $"pick fires '{pick.Trigger}' but state '{state.Id}' has no transition for it");
            }

            if (state.Pick is not null && state.ButtonsFrom is null)
            {
                Add(state.Line, $"state '{state.Id}' picks but has no buttons-from to pick from");
            }

            if (state.Input is { } input && !triggers.Contains(input.Trigger))
            {
                Add(input.Line, $"input fires '{input.Trigger}' but state '{state.Id}' has no transition for it");
            }

            if (state.Then is { } next)
            {
                var (nextFlow, nextState) = FlowRunner.SplitThen(next);
                if (content.Flows.FirstOrDefault(f => f.Id == nextFlow) is not { } target)
                {
                    Add(state.Line, $"then: unknown flow '{nextFlow}'");
                }
                else if (nextState is not null && target.FindState(nextState) is null)
                {
                    Add(state.Line, $"then: flow '{nextFlow}' has no state '{nextState}'");
                }
            }

            foreach (var transition in state.Transitions)
            {
                CheckTransition(transition, stateIds);
            }
        }

        private void CheckTransition(TransitionDefinition transition, HashSet<string> stateIds)
        {
            if (!stateIds.Contains(transition.To))
            {
                Add(transition.Line, $"transition '{transition.Trigger}' goes to unknown state '{transition.To}'");
            }

            if (transition.Do is { } action && !actions.Contains(action))
            {
                Add(transition.Line, $"unknown action '{action}'");
            }

            foreach (var guard in (transition.If ?? string.Empty).Split('&', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                         .Select(g => g.TrimStart('!')).Where(g => !guards.Contains(g)))
            {
                Add(transition.Line, $"unknown guard '{guard}'");
            }
        }

        private void CheckText(int line, string? key, string what)
        {
            if (key is not null && !content.Texts.Has("en", key))
            {
                Add(line, $"{what} '{key}', which is not in the English texts (texts/en.yaml or texts/*/en.yaml)");
            }
        }

        private void Add(int line, string message) => problems.Add(new DialogsProblem(flow.File, line, message));
    }
}
