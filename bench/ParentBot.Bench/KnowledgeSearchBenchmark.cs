using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Knowledge;

namespace ParentBot.Bench;

/// <summary>
/// One question searched over the whole index (every entry, every language), with P99 reported: the
/// target is at most 1 ms per question. The questions are a mix of languages, typos and off-topic text.
/// </summary>
[Config(typeof(PercentileConfig))]
[MemoryDiagnoser]
public class KnowledgeSearchBenchmark
{
    private static readonly (string Question, string Language)[] Questions =
    [
        ("how much does kinderopvang cost", "en"),
        ("vanaf welke leeftijd mag mijn kind naar de kleuterschool", "nl"),
        ("à quel âge mon enfant peut aller à l'école maternelle", "ar"),
        ("ما عندي اوراق، ممكن طفلي يروح الحضانة؟", "ar"),
        ("сколько стоит kinderopvang если нет дохода", "ru"),
        ("whats the weather tomorrow in antwerp", "en"),
        ("kreş ücreti ne kadar", "tr"),
        ("my baby is not breathing", "en"),
    ];

    private KnowledgeIndex _index = null!;

    [Params(0, 1, 2, 3, 4, 5, 6, 7)]
    public int Case { get; set; }

    [GlobalSetup]
    public void Setup() => _index = new KnowledgeIndex(DialogsContent.Load(FindDialogs()).Knowledge);

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public KnowledgeMatch Search() => _index.Search(Questions[Case].Question, Questions[Case].Language);

    private static string FindDialogs()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "dialogs", "languages.yaml")))
            {
                return Path.Combine(dir.FullName, "dialogs");
            }
        }

        throw new InvalidOperationException("run from the checkout: no dialogs/languages.yaml found above the working directory");
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.P95, StatisticColumn.P100, new PercentileColumn(99));
            SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(40);
        }
    }

    private sealed class PercentileColumn(int percentile) : IColumn
    {
        public string Id => $"P{percentile}";

        public string ColumnName => $"P{percentile}";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => $"Percentile {percentile}";

        public string GetValue(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            return stats is null ? "-" : (stats.Percentiles.Percentile(percentile) / 1000.0).ToString("N1", System.Globalization.CultureInfo.InvariantCulture) + " μs";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => false;
    }
}
