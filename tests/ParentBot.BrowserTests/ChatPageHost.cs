namespace ParentBot.BrowserTests;

/// <summary>The host as a fresh clone runs it (demo data on), for the parents' chat page.</summary>
public sealed class ChatPageHost : BrowserHost
{
}
