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

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(Now).DateTime);

    /// <summary>
    /// The instant a local wall-clock time happens in Brussels. A time skipped by the spring change (02:30)
    /// moves on by the gap; an ambiguous autumn time takes the first (summer-time) instant.
    /// </summary>
    public static DateTimeOffset AtLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
