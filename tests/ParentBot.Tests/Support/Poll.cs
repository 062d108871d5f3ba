namespace ParentBot.Tests.Support;

/// <summary>
/// Waits (bounded, about five seconds) for something another thread does — a background service's write —
/// without asserting on time: the condition either becomes true or the test fails.
/// </summary>
public static class Poll
{
    public static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 250 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }
}
