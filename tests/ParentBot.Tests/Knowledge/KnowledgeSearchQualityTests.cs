using ParentBot.Core.Dialogs;
using ParentBot.Core.Knowledge;
using ParentBot.Tests.Support;
using Xunit.Abstractions;

namespace ParentBot.Tests.Knowledge;

/// <summary>
/// Measured, not hoped: the dev set's questions against the real content. Run alone with
/// <c>dotnet test --filter KnowledgeSearchQualityTests</c> to see the figures per language.
/// </summary>
public sealed class KnowledgeSearchQualityTests(ITestOutputHelper output)
{
    private static readonly Lazy<KnowledgeIndex> Index = new(() => new KnowledgeIndex(DialogsContent.Load(RepoPaths.Dialogs).Knowledge));

    [Fact]
    public void DevSet_IsLargeAndCoversEveryLanguage()
    {
        var items = DevSet.Load();

        Assert.True(items.Count >= 400, $"{items.Count} questions");
        Assert.Equal(11, items.Select(i => i.Lang).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(items, i => i.Expect == DevSet.None);
    }

    [Fact]
    public void DevSet_Top1AtLeast90Percent_OffTopicAnsweredAtMost5Percent()
    {
        var total = ScoreAndReport(DevSet.Load(), "dev");

        Assert.True(total.Top1 >= 0.90, total.ToString());
        Assert.True(total.OffTopicRate <= 0.05, total.ToString());
    }

    /// <summary>
    /// A second set, written after the content and thresholds were tuned on the dev set, by someone who saw
    /// neither: the honest estimate for unseen questions. Its floor sits below the dev-set target on purpose.
    /// </summary>
    [Fact]
    public void HeldOutSet_Top1AtLeast80Percent_OffTopicAnsweredAtMost5Percent()
    {
        var items = DevSet.Load("heldout.yaml");
        var total = ScoreAndReport(items, "held-out");

        Assert.True(items.Count >= 200, $"{items.Count} questions");
        Assert.True(total.Top1 >= 0.80, total.ToString());
        Assert.True(total.OffTopicRate <= 0.05, total.ToString());
    }

    /// <summary>Scores the set and writes the figures per language, the total and every miss to the test output.</summary>
    private DevSetScore ScoreAndReport(IReadOnlyList<(string Lang, string Question, string Expect)> items, string label)
    {
        foreach (var language in items.GroupBy(i => i.Lang, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{label} {language.Key}: {DevSet.Score(Index.Value, language)}");
        }

        var total = DevSet.Score(Index.Value, items);
        output.WriteLine($"{label} all: {total}");
        foreach (var miss in total.Misses)
        {
            output.WriteLine(miss);
        }

        return total;
    }
}
