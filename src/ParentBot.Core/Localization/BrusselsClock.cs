namespace ParentBot.Core.Localization;

/// <summary>
/// The families' clock: the current instant from <see cref="TimeProvider"/> and conversions to
/// Europe/Brussels local time, summer time included.
/// </summary>
public sealed class BrusselsClock(TimeProvider time)
{
    public const string ZoneId = "Europe/Brussels";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public DateTimeOffset Now => time.GetUtcNow();

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
