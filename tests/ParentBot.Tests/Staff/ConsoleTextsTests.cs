using System.Text.RegularExpressions;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Outbox;
using ParentBot.Core.Questions;
using ParentBot.Core.Staff;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Staff;

/// <summary>Every console text the pages ask for exists (the dialogs check then makes sure nl and fr have it too).</summary>
public sealed partial class ConsoleTextsTests
{
    private static readonly string[] StaffLanguages = ["nl", "fr", "en"];
    private static readonly string[] StatusPages = ["400", "403", "404", "other"];

    [Fact]
    public void EveryTextKeyInTheConsoleSource_ExistsInEnglish()
    {
        var texts = DialogsContent.Load(RepoPaths.Dialogs).Texts;
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "ParentBot.Web", "Staff"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        var keys = sources.SelectMany(s => Key().Matches(s).Select(m => m.Groups[1].Value)).Where(k => !k.EndsWith('.')).Distinct().ToList();

        Assert.True(keys.Count > 80, $"only {keys.Count} keys found: the pattern no longer matches the pages");
        Assert.All(keys, k => Assert.True(texts.Has("en", k), $"console text '{k}' is missing in texts/console/en.yaml"));
    }

    [Fact]
    public void KeysTheConsoleBuildsFromNames_ExistInEveryStaffLanguage()
    {
        var texts = DialogsContent.Load(RepoPaths.Dialogs).Texts;
        var actions = typeof(AuditActions).GetFields().Where(f => f.IsLiteral && f.Name != nameof(AuditActions.CommandLine)).Select(f => "console.audit.action." + f.GetRawConstantValue());
        var roles = Enum.GetNames<StaffRole>().Select(r => "console.role." + r.ToLowerInvariant());
        var statuses = Enum.GetNames<QuestionStatus>().Select(s => "console.questions.status." + s.ToLowerInvariant());
        var deliveries = Enum.GetNames<OutboxStatus>().Select(s => "console.thread.delivery." + s.ToLowerInvariant());
        var codes = StatusPages.Select(c => "console.status." + c);
        var reviews = Enum.GetNames<TextReview>().Append("unchecked").Select(r => "console.content.review." + r.ToLowerInvariant());

        foreach (var language in StaffLanguages)
        {
            Assert.All(actions.Concat(roles).Concat(statuses).Concat(deliveries).Concat(codes).Concat(reviews), k => Assert.True(texts.Has(language, k), $"{language} lacks {k}"));
        }
    }

    [GeneratedRegex("\"(console\\.[a-z0-9.-]+)\"")]
    private static partial Regex Key();
}
