using System.Diagnostics;
using System.Globalization;

namespace ParentBot.Tests.Support;

/// <summary>Failures on demand: injected errors, blocked chats and Telegram's rate limits.</summary>
public sealed partial class FakeBotApiServer
{
    public const string BlockedDescription = "Forbidden: bot was blocked by the user";

    private readonly List<FailureRule> _failureRules = [];
    private readonly HashSet<long> _blockedChats = [];
    private SendRateLimiter? _limiter;

    /// <summary>
    /// Makes the next <paramref name="times"/> calls of <paramref name="method"/> (to <paramref name="chatId"/>, or to
    /// any chat when null) answer <paramref name="errorCode"/>. Rules are used in the order they were added. Failed
    /// calls are recorded in <see cref="Requests"/> but deliver nothing.
    /// </summary>
    public void FailNext(string method, long? chatId, int errorCode, string description, int? retryAfter = null, int times = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(description);
        ArgumentOutOfRangeException.ThrowIfLessThan(errorCode, 400);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _failureRules.Add(new FailureRule(method, chatId, errorCode, description, retryAfter) { Remaining = times });
        }
    }

    /// <summary>The next <paramref name="times"/> calls answer 429 "Too Many Requests: retry after N".</summary>
    public void FailNextTooManyRequests(string method, long? chatId, int retryAfter, int times = 1) =>
        FailNext(
            method,
            chatId,
            429,
            string.Create(CultureInfo.InvariantCulture, $"Too Many Requests: retry after {retryAfter}"),
            retryAfter,
            times);

    /// <summary>From now on every call with this <c>chat_id</c> answers 403 "Forbidden: bot was blocked by the user".</summary>
    public void BlockChat(long chatId)
    {
        lock (_gate)
        {
            _blockedChats.Add(chatId);
        }
    }

    public void UnblockChat(long chatId)
    {
        lock (_gate)
        {
            _blockedChats.Remove(chatId);
        }
    }

    /// <summary>Drops the <see cref="FailNext"/> rules not used up yet (blocked chats stay blocked).</summary>
    public void ClearFailures()
    {
        lock (_gate)
        {
            _failureRules.Clear();
        }
    }

    /// <summary>
    /// Enforces Telegram's flood limits on sends and edits (<c>send*</c> but <c>sendChatAction</c>, <c>editMessage*</c>):
    /// a call beyond <paramref name="globalPerSecond"/> in all, or <paramref name="perChatPerSecond"/> to one chat, within
    /// the last second of real time gets 429 with retry_after 1. Refused calls do not use up the allowance.
    /// </summary>
    public void EnforceLimits(int globalPerSecond, int perChatPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(globalPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(perChatPerSecond, 1);
        lock (_gate)
        {
            _limiter = new SendRateLimiter(globalPerSecond, perChatPerSecond);
        }
    }

    public void StopEnforcingLimits()
    {
        lock (_gate)
        {
            _limiter = null;
        }
    }

    private BotReply? CheckInjectedFailure(string method, BotRequestArgs args)
    {
        var chatId = args.GetLong("chat_id");
        lock (_gate)
        {
            if (chatId is long blocked && _blockedChats.Contains(blocked))
            {
                return BotReply.Error(403, BlockedDescription);
            }

            var rule = _failureRules.Find(r =>
                string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && (r.ChatId is null || r.ChatId == chatId));
            if (rule is not null)
            {
                if (--rule.Remaining == 0)
                {
                    _failureRules.Remove(rule);
                }

                return BotReply.Error(rule.ErrorCode, rule.Description, rule.RetryAfter);
            }

            if (_limiter is not null && IsRateLimited(method) && !_limiter.TryAcquire(chatId, Stopwatch.GetTimestamp()))
            {
                return BotReply.Error(429, "Too Many Requests: retry after 1", 1);
            }
        }

        return null;
    }

    private static bool IsRateLimited(string method) =>
        method.StartsWith("editMessage", StringComparison.OrdinalIgnoreCase)
        || (method.StartsWith("send", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(method, "sendChatAction", StringComparison.OrdinalIgnoreCase));

    private sealed record FailureRule(string Method, long? ChatId, int ErrorCode, string Description, int? RetryAfter)
    {
        public int Remaining { get; set; }
    }
}
