using System.Globalization;
using BenchmarkDotNet.Running;

namespace ParentBot.Bench;

/// <summary>
/// Benchmarks.
/// <c>dotnet run -c Release --project bench/ParentBot.Bench -- search</c>: knowledge search latency (BenchmarkDotNet, P99).
/// <c>… -- broadcast --recipients N --limit L [--cold]</c>: one broadcast through the real outbox and dispatcher.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["search", .. var rest]:
                BenchmarkRunner.Run<KnowledgeSearchBenchmark>(args: rest);
                return 0;
            case ["broadcast", .. var rest]:
                return await BroadcastBenchmark.RunAsync(Option(rest, "--recipients", 10_000), Option(rest, "--limit", 30), rest.Contains("--cold"));
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
