using Microsoft.Extensions.DependencyInjection;

namespace ParentBot.Web.Staff.Groups;

/// <summary>The Groups section of the console: its navigation entry, for those who may run a group.</summary>
public static class GroupsConsoleServiceCollectionExtensions
{
    public static IServiceCollection AddConsoleGroups(this IServiceCollection services)
    {
        services.AddSingleton<GroupLookups>();
        services.AddSingleton(new ConsoleSection("console.nav.groups", "/staff/groups", 20, a => a.CanFacilitate));
        return services;
    }
}
