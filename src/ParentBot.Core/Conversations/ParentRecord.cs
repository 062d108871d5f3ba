namespace ParentBot.Core.Conversations;

/// <summary>
/// What we keep about a parent: the least that serves them. No name, no phone number, no residence
/// status — only the chat, the chosen language, when they first wrote, whether we can reach them, and
/// (only with their consent) their town and their child's birth month.
/// </summary>
public sealed class ParentRecord
{
    /// <summary>The chat key as a string (<see cref="ChatKey.ToString"/>).</summary>
    public string Id { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    /// <summary>Null until the parent has picked a language.</summary>
    public string? Language { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>True once the platform said the parent blocked the bot (Telegram 403); nothing is sent then.</summary>
    public bool Unreachable { get; set; }

    /// <summary>The parent's town (a municipality id), kept only when they agreed we may remember it.</summary>
    public string? Town { get; set; }

    /// <summary>The youngest child's birth month (<c>2025-03</c>), kept only when they agreed; never the day.</summary>
    public string? ChildBirthMonth { get; set; }

    public ParentRecord Copy() => (ParentRecord)MemberwiseClone();
}
