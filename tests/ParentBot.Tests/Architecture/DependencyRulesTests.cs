using System.Text.RegularExpressions;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Architecture;

public sealed partial class DependencyRulesTests
{
    private static IEnumerable<(string Path, string Text)> Sources() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(RepoPaths.Root, p), File.ReadAllText(p)));

    [Fact]
    public void TelegramTypes_StayInTheTelegramAdapter()
    {
        var offenders = Sources().Where(s => UsingTelegram().IsMatch(s.Text) && !s.Path.StartsWith("src/ParentBot.Telegram/", StringComparison.Ordinal));

        Assert.Empty(offenders.Select(o => o.Path));
    }

    [Fact]
    public void LiteDbTypes_StayInCoreStorage()
    {
        var offenders = Sources().Where(s => UsingLiteDb().IsMatch(s.Text) && !s.Path.StartsWith("src/ParentBot.Core/Storage/", StringComparison.Ordinal));

        Assert.Empty(offenders.Select(o => o.Path));
    }

    [Fact]
    public void Core_KnowsNothingOfAspNetCore()
    {
        var offenders = Sources().Where(s => s.Path.StartsWith("src/ParentBot.Core/", StringComparison.Ordinal) && s.Text.Contains("using Microsoft.AspNetCore", StringComparison.Ordinal));

        Assert.Empty(offenders.Select(o => o.Path));
    }

    [Fact]
    public void NoSourceFile_ReadsTheWallClock()
    {
        var offenders = Sources().Where(s => WallClock().IsMatch(s.Text));

        Assert.Empty(offenders.Select(o => o.Path));
    }

    [GeneratedRegex(@"^using Telegram\.Bot", RegexOptions.Multiline)]
    private static partial Regex UsingTelegram();

    [GeneratedRegex(@"^using LiteDB", RegexOptions.Multiline)]
    private static partial Regex UsingLiteDb();

    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex WallClock();
}
