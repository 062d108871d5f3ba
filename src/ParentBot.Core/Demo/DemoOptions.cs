namespace ParentBot.Core.Demo;

/// <summary><c>ParentBot:Demo</c>: load the demo data when the database is new (default true).</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; } = true;
}
