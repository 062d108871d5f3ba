using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;

namespace ParentBot.Tests.Telegram;

public sealed class TelegramRendererTests
{
    [Fact]
    public void ParentText_IsHtmlEscaped()
    {
        var parts = ParentBot.Telegram.TelegramRenderer.Render(new OutboundMessage("<script>&</script>", TextDirection.Ltr, [], null));

        Assert.Equal("&lt;script&gt;&amp;&lt;/script&gt;", Assert.Single(parts).Html);
    }

    [Fact]
    public void LongText_IsSplitUnderTheLimit_ButtonsOnTheLastPart()
    {
        var text = string.Join(' ', Enumerable.Repeat("woord", 2000));
        var message = new OutboundMessage(text, TextDirection.Ltr, [[new OutboundButton("Menu", "f:main-menu:1:x:back")]], null);

        var parts = ParentBot.Telegram.TelegramRenderer.Render(message);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(p.Html.Length <= 4096));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.Keyboard));
        Assert.NotNull(parts[^1].Keyboard);
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(parts.Select(p => p.Html)).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_NeverBreaksASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 3000));

        var parts = ParentBot.Telegram.TelegramRenderer.Split(text, 4096);

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }
}
