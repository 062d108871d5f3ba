using ParentBot.Core.Dialogs;
using ParentBot.Core.Knowledge;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Knowledge;

public sealed class EmergencyTermsTests
{
    private static readonly Lazy<KnowledgeIndex> Index = new(() => new KnowledgeIndex(DialogsContent.Load(RepoPaths.Dialogs).Knowledge));

    public static TheoryData<string> Languages() => [.. DialogsContent.Load(RepoPaths.Dialogs).Languages.All.Select(l => l.Code)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguage_HasEmergencyTerms_ThatLeadTo112(string language)
    {
        var terms = Index.Value.Knowledge.EmergencyTerms[language];

        Assert.True(terms.Count >= 10, $"{language}: only {terms.Count} emergency terms");
        foreach (var term in terms)
        {
            var match = Index.Value.Search($"help {term} please", language);
            Assert.True(match.Emergency, $"{language}: '{term}' did not raise an emergency");
            Assert.Equal(KnowledgeEntry.Emergency, match.Best!.Id);
        }
    }

    [Theory]
    [InlineData("my child has a fever", "en")]
    [InlineData("mijn kind heeft koorts", "nl")]
    public void OrdinaryWorries_AreNotEmergencies(string question, string language)
    {
        Assert.False(Index.Value.Search(question, language).Emergency);
    }
}
