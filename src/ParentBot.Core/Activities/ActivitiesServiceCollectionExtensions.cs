using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Activities.Flow;
using ParentBot.Core.Conversations;
using ParentBot.Core.Demo;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Profile;
using ParentBot.Core.Profile.Flow;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Activities;

/// <summary>What's on (open activities of family centres) and the parent's town and child's age it needs.</summary>
public static class ActivitiesServiceCollectionExtensions
{
    public static IServiceCollection AddParentBotActivities(this IServiceCollection services)
    {
        services.AddSingleton<ActivityStore>();
        services.AddSingleton<ActivityFinder>();
        services.AddSingleton<ActivityTexts>();
        services.AddSingleton<ActivityReminders>();
        services.AddSingleton<Calendar.IActivityCalendar, Calendar.IcalActivityCalendar>();
        services.AddSingleton<IButtonHandler, ActivityButtons>();
        services.AddSingleton<IRequiredTexts, ActivityRequiredTexts>();
        services.AddSingleton<IDemoSection, DemoActivities>();

        services.AddSingleton<IStateFiller, WhatsOnPage>();
        services.AddSingleton<IButtonSource, WhatsOnNext>();
        services.AddSingleton<IFlowAction, WhatsOnChoose>();

        services.AddSingleton<IMyDataSection, ProfileMyData>();
        services.AddSingleton<Questions.IParentTown, ProfileTown>();
        services.AddSingleton<IFlowGuard, HasTown>();
        services.AddSingleton<IFlowGuard, TypedTownKnown>();
        services.AddSingleton<IFlowAction, RememberProfile>();
        services.AddSingleton<IFlowAction, OnlyThisTime>();
        services.AddSingleton<IFlowAction, SetTown>();
        services.AddSingleton<IFlowAction, SetBirthMonth>();
        services.AddSingleton<IFlowAction, SkipAge>();
        services.AddSingleton<IStateFiller, TownQuestion>();
        services.AddSingleton<IButtonSource, TownButtons>();
        services.AddSingleton<IButtonSource, BirthYearButtons>();
        services.AddSingleton<IButtonSource, BirthMonthButtons>();
        return services;
    }
}
