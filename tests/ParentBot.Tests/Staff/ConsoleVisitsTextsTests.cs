using System.Text.RegularExpressions;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Places;
using ParentBot.Core.Visits;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Staff;

/// <summary>
/// The texts the visit pages build from names (statuses, needs, kinds of venue, audit actions, decline reasons) and
/// the problem texts the core editors return exist in every staff language.
/// </summary>
public sealed partial class ConsoleVisitsTextsTests
{
    private static readonly string[] StaffLanguages = ["nl", "fr", "en"];
    private static readonly string[] Done = ["approved", "declined", "proposed"];
    private static readonly string[] VenueFields = ["name", "address", "postcode", "min-age", "max-age", "latitude", "longitude"];
    private static readonly string[] EditorSources = ["Visits/VisitHoursEditor.cs", "Places/VenueEditCheck.cs"];

    [Fact]
    public void KeysBuiltFromNames_ExistInEveryStaffLanguage()
    {
        var texts = DialogsContent.Load(RepoPaths.Dialogs).Texts;
        var statuses = Enum.GetNames<VisitStatus>().Select(s => s.ToLowerInvariant()).SelectMany(s => new[] { "console.visits.state." + s, "console.visits.step." + s });
        var needs = VisitNeeds.All.Select(n => "console.visits.need." + n);
        var types = Enum.GetNames<VenueType>().Select(t => "console.venues.types." + t.ToLowerInvariant());
        var actions = new[] { "visit.approve", "visit.decline", "visit.propose", VenueEditor.Edited, VisitHoursEditor.HoursEdited, VisitHoursEditor.ClosedDaysEdited }
            .Select(a => "console.audit.action." + a);
        var reasons = DeclineReasons.All.Select(r => "visits-staff.reason." + r);
        var done = Done.Select(d => "console.visits.done." + d);
        var fields = VenueFields.Concat(VenueEditor.TextLanguages.SelectMany(l => new[] { "description-" + l, "accessibility-" + l })).Select(f => "console.venue.field." + f);
        var all = statuses.Concat(needs).Concat(types).Concat(actions).Concat(reasons).Concat(done).Concat(fields).ToList();

        foreach (var language in StaffLanguages)
        {
            Assert.All(all, k => Assert.True(texts.Has(language, k), $"{language} lacks {k}"));
        }
    }

    [Fact]
    public void ProblemTextsOfTheEditors_ExistInEveryStaffLanguage()
    {
        var texts = DialogsContent.Load(RepoPaths.Dialogs).Texts;
        var sources = EditorSources.Select(f => File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ParentBot.Core", f)));
        var hours = sources.First().Split('"').Where(s => s.StartsWith("console.hours.problem.", StringComparison.Ordinal));
        var venue = ProblemName().Matches(sources.Last()).Select(m => "console.venues.problem." + m.Groups[1].Value);
        var keys = hours.Concat(venue).Append("console.venues.problem.name-missing").Append("console.venues.problem.address-missing").Distinct().ToList();

        Assert.True(keys.Count > 20, $"only {keys.Count} problem keys found: the patterns no longer match the sources");
        foreach (var language in StaffLanguages)
        {
            Assert.All(keys, k => Assert.True(texts.Has(language, k), $"{language} lacks {k}"));
        }
    }

    [GeneratedRegex("Check\\([^;]*\"([a-z][a-z-]*)\"\\);")]
    private static partial Regex ProblemName();
}
