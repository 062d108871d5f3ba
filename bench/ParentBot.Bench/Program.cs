using BenchmarkDotNet.Running;

namespace ParentBot.Bench;

/// <summary>
/// Benchmarks. <c>dotnet run -c Release --project bench/ParentBot.Bench -- search</c> runs the knowledge
/// search benchmark (BenchmarkDotNet, with percentiles); other arguments go to BenchmarkDotNet's switcher.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["search", .. var rest])
        {
            BenchmarkRunner.Run<KnowledgeSearchBenchmark>(args: rest);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
