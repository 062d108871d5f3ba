namespace ParentBot.Core.Storage;

/// <summary>Where the one LiteDB file lives. Relative paths are relative to the working directory.</summary>
public sealed class StorageOptions
{
    public const string Section = "ParentBot:Storage";

    public string Path { get; set; } = "data/parentbot.db";
}
