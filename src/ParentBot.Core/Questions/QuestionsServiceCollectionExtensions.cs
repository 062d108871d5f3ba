using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Questions;

/// <summary>Registers "ask a person", the audit log and the staff's Telegram link (the core side of the staff console).</summary>
public static class QuestionsServiceCollectionExtensions
{
    public static IServiceCollection AddParentBotQuestionsAndStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection(StaffOptions.Section))
            .Validate(o => o.AnswerWithinWorkingDays is > 0 and < 30, "ParentBot:Staff:AnswerWithinWorkingDays must be between 1 and 29")
            .Validate(o => o.SessionIdleMinutes > 0 && o.SessionMaxHours > 0, "ParentBot:Staff:SessionIdleMinutes and SessionMaxHours must be positive")
            .Validate(o => o.MaxFailedLogins > 0 && o.LockoutMinutes > 0 && o.LinkCodeMinutes > 0, "ParentBot:Staff: MaxFailedLogins, LockoutMinutes and LinkCodeMinutes must be positive")
            .ValidateOnStart();
        services.AddSingleton<BotProfile>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<AuditStore>());
        services.AddSingleton<StaffLink>();
        services.AddSingleton<IStartPayloadHandler>(sp => sp.GetRequiredService<StaffLink>());
        services.AddSingleton<IChatInterceptor>(sp => sp.GetRequiredService<StaffLink>());
        services.AddSingleton<IRequiredTexts>(sp => sp.GetRequiredService<StaffLink>());

        services.AddSingleton<QuestionStore>();
        services.AddSingleton<QuestionRouting>();
        services.AddSingleton<QuestionNotifier>();
        services.AddSingleton<StaffAnswers>();
        services.AddSingleton<IFlowGuard, CanAskPerson>();
        services.AddSingleton<IStateFiller, AskPersonFiller>();
        services.AddSingleton<IFlowAction, SendQuestion>();
        services.AddSingleton<IButtonHandler, AnswerButton>();
        services.AddSingleton<QuestionsDataReport>();
        services.AddSingleton<IPrivacyNotice>(sp => sp.GetRequiredService<QuestionsDataReport>());
        services.AddSingleton<IMyDataSection>(sp => sp.GetRequiredService<QuestionsDataReport>());
        services.AddSingleton<QuestionsStaffFeature>();
        services.AddSingleton<IStaffFeature>(sp => sp.GetRequiredService<QuestionsStaffFeature>());
        services.AddSingleton<IRequiredTexts>(sp => sp.GetRequiredService<QuestionsStaffFeature>());
        services.AddSingleton<IRequiredTexts>(new AskPersonTexts());
        return services;
    }

    /// <summary>Keys the C# says directly (outbox notes, /privacy, /mydata, staff notices).</summary>
    private sealed class AskPersonTexts : IRequiredTexts
    {
        public IEnumerable<string> Keys => ["ask.staff-wrote", "ask.answer-button", "ask.privacy", "ask.mydata", "staff.question-new"];
    }
}
