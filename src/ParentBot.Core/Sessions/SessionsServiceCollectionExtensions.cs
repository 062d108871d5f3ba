using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Sessions.Flow;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions;

/// <summary>Group sessions: series, enrolment, "My sessions", reminders and attendance.</summary>
public static class SessionsServiceCollectionExtensions
{
    public static IServiceCollection AddParentBotSessions(this IServiceCollection services)
    {
        services.AddSingleton<SeriesStore>();
        services.AddSingleton<EnrolmentStore>();
        services.AddSingleton<PersonalInviteStore>();
        services.AddSingleton<GroupMembership>();
        services.AddSingleton<Editing.SeriesValidator>();
        services.AddSingleton<Editing.SeriesEditor>();
        services.AddSingleton<IMyDataSection, MyGroupsData>();
        services.AddSingleton<IFlowGuard, HasInvitedName>();
        services.AddSingleton<SessionDescriber>();
        services.AddSingleton<FacilitatorNotices>();
        services.AddSingleton<IRequiredTexts, SessionTexts>();
        services.AddSingleton<IStartPayloadHandler, JoinGroupPayload>();
        services.AddSingleton<IButtonHandler, AttendanceButtons>();
        services.AddSingleton<IStateFiller, GroupDetailsFiller>();
        services.AddSingleton<MyGroupsFiller>();
        services.AddSingleton<IStateFiller>(sp => sp.GetRequiredService<MyGroupsFiller>());
        services.AddSingleton<IButtonSource>(sp => sp.GetRequiredService<MyGroupsFiller>());
        services.AddSingleton<IFlowGuard, GroupHasRoom>();
        services.AddSingleton<IFlowAction, EnrolInGroup>();
        services.AddSingleton<IFlowAction>(sp => new SetReminders(sp.GetRequiredService<EnrolmentStore>(), muted: true));
        services.AddSingleton<IFlowAction>(sp => new SetReminders(sp.GetRequiredService<EnrolmentStore>(), muted: false));
        services.AddSingleton<IFlowAction, LeaveGroup>();
        services.AddSingleton<ReminderPlanner>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderPlanner>());
        services.AddSingleton<Demo.IDemoSection, DemoSeries>();
        return services;
    }
}
