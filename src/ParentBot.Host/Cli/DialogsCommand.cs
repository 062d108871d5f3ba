using System.Diagnostics;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;

namespace ParentBot.Host.Cli;

/// <summary>
/// <c>dialogs check</c>: the content check, one problem per line with file and line, exit 1 on any.
/// <c>dialogs graph [folder]</c>: each flow as DOT, and as SVG where Graphviz's <c>dot</c> is installed.
/// </summary>
internal static class DialogsCommand
{
    public static int Run(string[] args, IServiceProvider services, TextWriter output)
    {
        return args switch
        {
            ["check", ..] => Check(services, output),
            ["graph", ..] => Graph(services, args.Length > 1 ? args[1] : Path.Combine("artifacts", "flows"), output),
            _ => Usage(output),
        };
    }

    private static int Check(IServiceProvider services, TextWriter output)
    {
        DialogsContent content;
        try
        {
            content = services.GetRequiredService<DialogsContent>();
        }
        catch (DialogsException ex)
        {
            output.WriteLine(ex.Problem.ToString());
            return 1;
        }

        var problems = services.GetRequiredService<DialogsCheck>().Run(content);
        foreach (var problem in problems)
        {
            output.WriteLine(problem.ToString());
        }

        output.WriteLine(problems.Count == 0
            ? $"dialogs check: OK ({content.Languages.All.Count} languages, {content.Flows.Count} flows) in {content.Path}"
            : $"dialogs check: {problems.Count} problem(s)");
        return problems.Count == 0 ? 0 : 1;
    }

    private static int Graph(IServiceProvider services, string folder, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        foreach (var flow in services.GetRequiredService<FlowCatalog>().All)
        {
            var dotPath = Path.Combine(folder, flow.Id + ".dot");
            File.WriteAllText(dotPath, FlowGraph.ToDot(flow));
            output.WriteLine(dotPath);
            if (TryRenderSvg(dotPath, Path.ChangeExtension(dotPath, ".svg")))
            {
                output.WriteLine(Path.ChangeExtension(dotPath, ".svg"));
            }
        }

        return 0;
    }

    private static bool TryRenderSvg(string dotPath, string svgPath)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("dot", ["-Tsvg", dotPath, "-o", svgPath]) { UseShellExecute = false });
            process?.WaitForExit();
            return process?.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Graphviz is not installed: the DOT file is still there.
            return false;
        }
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine("usage: dialogs check | dialogs graph [folder]");
        return 2;
    }
}
