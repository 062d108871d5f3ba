using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Sessions.Facilitation;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>Broadcasts, cancelling a date, and the facilitator's commands on Telegram.</summary>
public static class BroadcastsServiceCollectionExtensions
{
    public static IServiceCollection AddParentBotBroadcasts(this IServiceCollection services)
    {
        // The sessions part registers these too; TryAdd keeps one of each whichever comes first.
        services.TryAddSingleton<SeriesStore>();
        services.TryAddSingleton<EnrolmentStore>();
        services.AddSingleton<BroadcastStore>();
        services.AddSingleton<FacilitatedSeries>();
        services.AddSingleton<GroupRecipients>();
        services.AddSingleton<BroadcastComposer>();
        services.AddSingleton<BroadcastDelivery>();
        services.AddSingleton<BroadcastService>();
        services.AddSingleton<SessionCancellation>();
        services.AddSingleton<WhoIsComing>();
        services.AddSingleton<IRequiredTexts, BroadcastTexts>();
        services.AddSingleton<FacilitatorFeature>();
        services.AddSingleton<IStaffFeature>(sp => sp.GetRequiredService<FacilitatorFeature>());
        services.AddSingleton<IRequiredTexts>(sp => sp.GetRequiredService<FacilitatorFeature>());
        services.AddHostedService<BroadcastResumer>();
        return services;
    }
}
