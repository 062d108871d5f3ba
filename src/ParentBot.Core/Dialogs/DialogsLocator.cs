namespace ParentBot.Core.Dialogs;

/// <summary>
/// Finds the <c>dialogs</c> folder: the configured one, else the nearest one above the working
/// directory (so content editors running from a checkout see their edits at once), else the copy
/// shipped beside the binaries (a published build or a container).
/// </summary>
public static class DialogsLocator
{
    private const string Marker = "languages.yaml";

    public static string Locate(string? configured, string workingDirectory, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = System.IO.Path.GetFullPath(configured, workingDirectory);
            return File.Exists(System.IO.Path.Combine(full, Marker))
                ? full
                : throw new InvalidOperationException($"ParentBot:Dialogs:Path: no {Marker} in '{full}'");
        }

        for (var dir = new DirectoryInfo(workingDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "dialogs");
            if (File.Exists(System.IO.Path.Combine(candidate, Marker)))
            {
                return candidate;
            }
        }

        var shipped = System.IO.Path.Combine(baseDirectory, "dialogs");
        return File.Exists(System.IO.Path.Combine(shipped, Marker))
            ? shipped
            : throw new InvalidOperationException("ParentBot:Dialogs:Path: no dialogs folder found; set it to the folder holding languages.yaml");
    }
}
