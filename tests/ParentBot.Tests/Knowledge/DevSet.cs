using ParentBot.Core.Knowledge;
using ParentBot.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ParentBot.Tests.Knowledge;

/// <summary>The knowledge dev set (devset.yaml, written apart from the content) and its scoring.</summary>
public static class DevSet
{
    public const string None = "none";

    public static IReadOnlyList<(string Lang, string Question, string Expect)> Load(string file = "devset.yaml")
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ParentBot.Tests", "Knowledge", file);
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return [.. ((YamlSequenceNode)root.Children[new YamlScalarNode("questions")]).Children.Cast<YamlMappingNode>().Select(n => (
            Value(n, "lang"), Value(n, "q"), Value(n, "expect")))];
    }

    public static DevSetScore Score(KnowledgeIndex index, IEnumerable<(string Lang, string Question, string Expect)> items)
    {
        var score = new DevSetScore();
        foreach (var (lang, question, expect) in items)
        {
            var match = index.Search(question, lang);
            var answered = match.Confidence != MatchConfidence.None;
            if (expect == None)
            {
                score.OffTopic++;
                score.OffTopicAnswered += match.Confidence == MatchConfidence.Clear ? 1 : 0;
                score.OffTopicSuggested += match.Confidence == MatchConfidence.Weak ? 1 : 0;
                if (answered)
                {
                    score.Misses.Add(FormattableString.Invariant($"{lang}: \"{question}\" → {match.Best?.Id} {match.Candidates[0].Score:F2} c{match.Coverage:F2} ({match.Confidence}), expected none"));
                }
            }
            else
            {
                score.OnTopic++;
                var right = answered && match.Best?.Id == expect;
                score.Right += right ? 1 : 0;
                score.RightAndClear += right && match.Confidence == MatchConfidence.Clear ? 1 : 0;
                if (!right)
                {
                    score.Misses.Add(FormattableString.Invariant($"{lang}: \"{question}\" → {match.Best?.Id ?? "-"} {(match.Candidates.Count > 0 ? match.Candidates[0].Score : 0):F2} c{match.Coverage:F2} ({match.Confidence}), expected {expect}"));
                }
            }
        }

        return score;
    }

    private static string Value(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? string.Empty;
}

/// <summary>Counts over the dev set: top-1 right among on-topic questions, and off-topic questions answered.</summary>
public sealed class DevSetScore
{
    public int OnTopic { get; set; }

    public int Right { get; set; }

    public int RightAndClear { get; set; }

    public int OffTopic { get; set; }

    public int OffTopicAnswered { get; set; }

    public int OffTopicSuggested { get; set; }

    public List<string> Misses { get; } = [];

    public double Top1 => OnTopic == 0 ? 0 : (double)Right / OnTopic;

    public double OffTopicRate => OffTopic == 0 ? 0 : (double)OffTopicAnswered / OffTopic;

    public override string ToString() => FormattableString.Invariant(
        $"top-1 {Right}/{OnTopic} = {Top1:P1} (answered at once {RightAndClear}), off-topic answered {OffTopicAnswered}/{OffTopic} = {OffTopicRate:P1} (offered suggestions {OffTopicSuggested})");
}
