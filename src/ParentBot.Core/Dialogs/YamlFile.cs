using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ParentBot.Core.Dialogs;

/// <summary>
/// A YAML file of <c>dialogs/</c> read with line numbers kept, so that the dialogs check can point a
/// content editor at the exact line of a problem.
/// </summary>
internal sealed class YamlFile
{
    private YamlFile(string path, YamlNode root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public YamlNode Root { get; }

    public static YamlFile Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new DialogsException(new DialogsProblem(path, (int)ex.Start.Line, $"not valid YAML: {ex.Message}"), ex);
        }

        YamlNode root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        return new YamlFile(path, root);
    }

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public DialogsProblem Problem(YamlNode node, string message) => new(Path, LineOf(node), message);

    public static YamlNode? Child(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(YamlNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    public string RequireScalar(YamlNode node, string key) =>
        Scalar(node, key) is { Length: > 0 } value
            ? value
            : throw new DialogsException(Problem(node, $"'{key}' is missing"));

    public static IEnumerable<YamlNode> Items(YamlNode? node) =>
        node is YamlSequenceNode seq ? seq.Children : [];

    public static IEnumerable<string> Strings(YamlNode? node) =>
        Items(node).OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty);

    /// <summary>A mapping of scalars, e.g. a text per language code.</summary>
    public static Dictionary<string, string> Map(YamlNode node, string key)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Child(node, key) is YamlMappingNode mapping)
        {
            foreach (var (k, v) in mapping.Children)
            {
                if (k is YamlScalarNode { Value: { } name } && v is YamlScalarNode { Value: { } text })
                {
                    map[name] = text;
                }
            }
        }

        return map;
    }

    public int Int(YamlNode node, string key, int fallback)
    {
        var text = Scalar(node, key);
        return text is null
            ? fallback
            : int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new DialogsException(Problem(node, $"'{key}' must be a whole number"));
    }

    public double Double(YamlNode node, string key) =>
        double.TryParse(RequireScalar(node, key), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DialogsException(Problem(node, $"'{key}' must be a number"));

    public TEnum Enum<TEnum>(YamlNode node, string key)
        where TEnum : struct, System.Enum
    {
        var text = RequireScalar(node, key).Replace("-", string.Empty, StringComparison.Ordinal);
        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value)
            ? value
            : throw new DialogsException(Problem(node, $"'{key}' must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}"));
    }
}
