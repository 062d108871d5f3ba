using System.Globalization;
using ParentBot.Core.Dialogs;
using YamlDotNet.RepresentationModel;

namespace ParentBot.Core.Flows;

/// <summary>Reads <c>dialogs/flows/*.yaml</c> into <see cref="FlowDefinition"/>s, keeping line numbers.</summary>
internal static class FlowLoader
{
    public static IReadOnlyList<FlowDefinition> LoadAll(string dialogsPath)
    {
        var dir = Path.Combine(dialogsPath, "flows");
        return Directory.Exists(dir)
            ? [.. Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal).Select(Load)]
            : [];
    }

    public static FlowDefinition Load(string path)
    {
        var file = YamlFile.Load(path);
        var root = file.Root;
        var versionText = YamlFile.Scalar(root, "version") ?? "1";
        if (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new DialogsException(file.Problem(root, $"version '{versionText}' must be a whole number"));
        }

        var states = YamlFile.Items(YamlFile.Child(root, "states")).Select(n => LoadState(file, n)).ToList();
        return new FlowDefinition(
            file.RequireScalar(root, "id"),
            version,
            file.RequireScalar(root, "start"),
            states,
            path,
            YamlFile.LineOf(root));
    }

    private static StateDefinition LoadState(YamlFile file, YamlNode node)
    {
        var buttons = YamlFile.Items(YamlFile.Child(node, "buttons"))
            .Select(row => (IReadOnlyList<ButtonDefinition>)[.. YamlFile.Items(row).Select(b => new ButtonDefinition(
                file.RequireScalar(b, "label"), file.RequireScalar(b, "trigger"), YamlFile.LineOf(b)))])
            .ToList();
        var transitions = YamlFile.Items(YamlFile.Child(node, "on"))
            .Select(t => new TransitionDefinition(
                file.RequireScalar(t, "trigger"),
                file.RequireScalar(t, "to"),
                YamlFile.Scalar(t, "if"),
                YamlFile.Scalar(t, "do"),
                YamlFile.LineOf(t)))
            .ToList();
        var input = YamlFile.Child(node, "input") is YamlMappingNode inputNode
            ? new InputDefinition(file.RequireScalar(inputNode, "slot"), file.RequireScalar(inputNode, "trigger"), YamlFile.LineOf(inputNode))
            : null;
        var pick = YamlFile.Child(node, "pick") is YamlMappingNode pickNode
            ? new PickDefinition(file.RequireScalar(pickNode, "slot"), file.RequireScalar(pickNode, "trigger"), YamlFile.LineOf(pickNode))
            : null;
        return new StateDefinition(
            file.RequireScalar(node, "id"),
            YamlFile.Scalar(node, "say"),
            buttons,
            YamlFile.Scalar(node, "buttons-from"),
            transitions,
            input,
            YamlFile.Scalar(node, "then"),
            string.Equals(YamlFile.Scalar(node, "final"), "true", StringComparison.Ordinal),
            pick,
            YamlFile.Scalar(node, "fill"),
            YamlFile.LineOf(node));
    }
}
