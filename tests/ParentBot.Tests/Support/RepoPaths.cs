namespace ParentBot.Tests.Support;

/// <summary>Paths in the checkout, found from the test binaries upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParentBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParentBot.sln not found above the test binaries");
    }
}
