using ParentBot.Core.Dialogs;
using ParentBot.Core.Localization;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Localization;

public sealed class LocalizerTests
{
    private static readonly DialogsContent Content = DialogsContent.Load(RepoPaths.Dialogs);

    private static Localizer Localizer => new(Content.Texts, Content.Languages);

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("ps")]
    [InlineData("ti")]
    [InlineData("en")]
    public void Dates_AreGregorian_InEveryLanguage(string language)
    {
        var date = Localizer.Date(language, new DateTimeOffset(2026, 3, 29, 8, 30, 0, TimeSpan.Zero));

        Assert.Contains("2026", date, StringComparison.Ordinal);
        Assert.Contains("29", date, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_AreBrusselsLocal_AcrossSummerTime()
    {
        // 29 March 2026: clocks go from 2:00 to 3:00 in Brussels.
        Assert.Equal("09:00", Localizer.Time("nl", new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal("09:00", Localizer.Time("nl", new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Values_InRightToLeftText_AreIsolated()
    {
        var text = Localizer.Text("ar", "mydata.summary", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["language"] = "English", ["channel"] = "Telegram", ["date"] = "1 May 2026",
        });

        Assert.Contains(Bidi.Isolate("Telegram"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void TelegramLanguageCodes_SuggestTheRightLanguage()
    {
        Assert.Equal("fa", Content.Languages.Suggest("prs")!.Code);
        Assert.Equal("uk", Content.Languages.Suggest("uk-UA")!.Code);
        Assert.Null(Content.Languages.Suggest("zz"));
    }
}
