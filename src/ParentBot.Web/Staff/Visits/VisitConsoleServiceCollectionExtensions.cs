using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ParentBot.Core.Places;
using ParentBot.Core.Visits;

namespace ParentBot.Web.Staff.Visits;

/// <summary>The console's "Visit requests" and "Venues and slots": their navigation entries and the core services they use.</summary>
public static class VisitConsoleServiceCollectionExtensions
{
    public static IServiceCollection AddVisitConsole(this IServiceCollection services)
    {
        services.TryAddSingleton<VisitRequestList>();
        services.TryAddSingleton<VisitHoursEditor>();
        services.TryAddSingleton<VenueEditor>();
        services.AddSingleton(new ConsoleSection("console.nav.visits", "/staff/visits", 20, ReviewsVisits));
        services.AddSingleton(new ConsoleSection("console.nav.venues", "/staff/venues", 30, ReviewsVisits));
        return services;
    }

    /// <summary>Admins and staff; facilitators run groups and do not see visits.</summary>
    private static bool ReviewsVisits(Core.Staff.StaffAccount account) => account.CanReviewVisits;
}
