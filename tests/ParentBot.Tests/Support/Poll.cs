namespace ParentBot.Tests.Support;

/// <summary>
/// Waits (bounded, about five seconds) for something another thread does — a background service's write —
/// without asserting on time: the condition either becomes true or the test fails. The condition is
/// evaluated until it is true and never again after, so it may have effects (open a file, move a clock).
/// </summary>
public static class Poll
{
    public static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 250; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail("the condition did not become true within about five seconds");
    }
}
