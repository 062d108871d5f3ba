using ParentBot.Core.Flows;

namespace ParentBot.Core.Dialogs;

/// <summary>The dialogs check with everything the running code knows: its actions, guards, button sources and required texts.</summary>
public sealed class DialogsCheck(FlowRunner flows, IEnumerable<IRequiredTexts> requiredTexts)
{
    public IReadOnlyList<DialogsProblem> Run(DialogsContent content) =>
        new DialogsValidator(flows.ActionNames, flows.GuardNames, flows.ButtonSourceNames, flows.FillerNames, requiredTexts.SelectMany(r => r.Keys)).Check(content);
}
