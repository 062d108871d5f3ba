namespace ParentBot.Tests.Support;

/// <summary>A copy of the real dialogs folder that a test may break or extend.</summary>
public static class DialogsCopy
{
    public static string Make(string parent, Action<string>? change = null)
    {
        var target = Path.Combine(parent, "dialogs");
        foreach (var file in Directory.GetFiles(RepoPaths.Dialogs, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(RepoPaths.Dialogs, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }

        change?.Invoke(target);
        return target;
    }
}
