using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ParentBot.Core.Conversations;
using ParentBot.Core.Demo;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Booking;
using ParentBot.Core.Visits.Messages;
using ParentBot.Core.Visits.Mine;
using ParentBot.Core.Visits.Staff;
using ParentBot.Core.Visits.Timeline;

namespace ParentBot.Core.Visits;

/// <summary>Taster visits: booking flow, "My visits", staff review, reminders, demo visit hours.</summary>
public static class VisitsServiceCollectionExtensions
{
    public static IServiceCollection AddParentBotVisits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VisitOptions>().Bind(configuration.GetSection(VisitOptions.Section))
            .Validate(o => o.WeeksAhead is >= 1 and <= 26, "ParentBot:Visits:WeeksAhead must be between 1 and 26")
            .Validate(o => o.MinimumNoticeHours is >= 0 and <= 336, "ParentBot:Visits:MinimumNoticeHours must be between 0 and 336")
            .Validate(o => o.AnswerWithinWorkingDays is >= 1 and <= 10, "ParentBot:Visits:AnswerWithinWorkingDays must be between 1 and 10")
            .Validate(o => o.TimesPerPage is >= 3 and <= 12, "ParentBot:Visits:TimesPerPage must be between 3 and 12")
            .ValidateOnStart();
        services.AddSingleton<VisitScheduleStore>();
        services.AddSingleton<VisitBookingStore>();
        services.TryAddSingleton<AuditStore>();
        services.TryAddSingleton<IAuditLog>(sp => sp.GetRequiredService<AuditStore>());
        foreach (var type in (Type[])[typeof(VisitSlots), typeof(VisitLedger), typeof(VisitFormat), typeof(ParentVisitMessages),
            typeof(StaffVisitMessages), typeof(VisitRequests), typeof(VisitReview), typeof(VisitTimeline), typeof(MyVisits)])
        {
            services.AddSingleton(type);
        }

        services.AddHostedService<VisitTimelineService>();
        services.AddSingleton<IDemoSection, DemoVisitSchedules>();
        services.AddSingleton<IRequiredTexts, VisitRequiredTexts>();
        services.AddSingleton<IMyDataSection, VisitMyData>();
        services.AddSingleton<IButtonHandler, ParentVisitButtons>();
        services.AddSingleton<IStaffFeature, VisitStaffFeature>();
        return services.AddVisitFlowParts();
    }

    /// <summary>The named sources, guards, actions and fillers of <c>book-visit.yaml</c> and <c>my-visits.yaml</c>.</summary>
    private static IServiceCollection AddVisitFlowParts(this IServiceCollection services)
    {
        foreach (var source in (Type[])[typeof(VisitKindSource), typeof(VisitTownSource), typeof(VisitVenueSource), typeof(BirthYearSource),
            typeof(BirthMonthSource), typeof(VisitSlotSource), typeof(VisitNeedsSource), typeof(MyVisitsSource), typeof(VisitActionsSource)])
        {
            services.AddSingleton(typeof(IButtonSource), source);
        }

        foreach (var guard in (Type[])[typeof(TownKnownGuard), typeof(VenueHasTimesGuard), typeof(AgeFitsGuard), typeof(SlotFreeGuard), typeof(CanCancelGuard)])
        {
            services.AddSingleton(typeof(IFlowGuard), guard);
        }

        foreach (var filler in (Type[])[typeof(TownFiller), typeof(VenueFiller), typeof(AgeNoteFiller), typeof(SummaryFiller),
            typeof(MyVisitsFiller), typeof(VisitDetailFiller)])
        {
            services.AddSingleton(typeof(IStateFiller), filler);
        }

        services.AddSingleton<IFlowAction, ResolveTownAction>();
        services.AddSingleton<IFlowAction>(new PageAction(forward: true));
        services.AddSingleton<IFlowAction>(new PageAction(forward: false));
        services.AddSingleton<IFlowAction, RequestVisitAction>();
        services.AddSingleton<IFlowAction, CancelVisitAction>();
        return services;
    }
}
