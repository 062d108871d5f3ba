namespace ParentBot.Core.Storage;

/// <summary>
/// Another process already holds the database file. LiteDB takes no file lock on Linux, so two
/// processes on one file would corrupt it; we refuse to start instead.
/// </summary>
public sealed class InstanceLockedException(string databasePath, Exception inner)
    : Exception($"Another ParentBot is already using {databasePath}. Stop it first, or set ParentBot:Storage:Path to another file.", inner)
{
    public string DatabasePath { get; } = databasePath;
}
