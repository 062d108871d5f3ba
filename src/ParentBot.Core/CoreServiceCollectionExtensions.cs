using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ParentBot.Core.Activities;
using ParentBot.Core.Conversations;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Flows;
using ParentBot.Core.Flows.Actions;
using ParentBot.Core.Flows.ButtonSources;
using ParentBot.Core.Knowledge;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Questions;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;

namespace ParentBot.Core;

/// <summary>Registers the engine, content, storage and clock. Everything here is a thread-safe singleton.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddParentBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "ParentBot:Storage:Path must not be empty").ValidateOnStart();
        services.AddOptions<DialogsOptions>().Bind(configuration.GetSection(DialogsOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp => DialogsContent.Load(DialogsLocator.Locate(
            sp.GetRequiredService<IOptions<DialogsOptions>>().Value.Path, Environment.CurrentDirectory, AppContext.BaseDirectory)));
        services.AddSingleton(sp => sp.GetRequiredService<DialogsContent>().Languages);
        services.AddSingleton(sp => sp.GetRequiredService<DialogsContent>().Texts);
        services.AddSingleton(sp => new FlowCatalog(sp.GetRequiredService<DialogsContent>().Flows));
        services.AddSingleton<BrusselsClock>();
        services.AddSingleton<Localizer>();
        services.AddSingleton<IRequiredTexts, RequiredTexts>();
        services.AddSingleton<DialogsCheck>();

        services.AddSingleton<ParentBotDatabase>();
        services.AddSingleton<ParentStore>();
        services.AddSingleton<TurnStore>();
        services.AddSingleton<WebChatStore>();
        services.AddSingleton<MetaStore>();
        services.AddSingleton(sp => Places.MunicipalityCatalog.Load(sp.GetRequiredService<DialogsContent>().Path));
        services.AddSingleton<VenueStore>();
        services.AddSingleton<StaffStore>();
        services.AddSingleton<Staff.StaffChat>();
        services.AddSingleton<IChatInterceptor>(sp => sp.GetRequiredService<Staff.StaffChat>());
        services.AddSingleton<IRequiredTexts>(sp => sp.GetRequiredService<Staff.StaffChat>());
        services.AddSingleton<Demo.IDemoSection, Demo.DemoVenues>();
        services.Configure<Demo.DemoOptions>(o => o.Enabled = configuration.GetValue("ParentBot:Demo", defaultValue: true));
        services.AddHostedService<Demo.DemoDataLoader>();
        services.AddParentBotSessions();
        services.AddParentBotBroadcasts();
        services.AddParentBotActivities();

        services.AddSingleton<IFlowAction, EraseMyData>();
        services.AddSingleton<LanguageButtonSource>();
        services.AddSingleton<IButtonSource>(sp => sp.GetRequiredService<LanguageButtonSource>());
        services.AddSingleton<FlowRunner>();
        services.AddSingleton(sp => sp.GetRequiredService<DialogsContent>().Knowledge);
        services.AddSingleton<KnowledgeIndex>();
        services.AddSingleton<KnowledgeFeedbackStore>();
        services.AddSingleton<IButtonSource, KnowledgeTopicButtonSource>();
        services.AddSingleton<IFlowAction>(sp => new RecordFeedback(sp.GetRequiredService<KnowledgeFeedbackStore>(), sp.GetRequiredService<TimeProvider>(), helpful: true));
        services.AddSingleton<IFlowAction>(sp => new RecordFeedback(sp.GetRequiredService<KnowledgeFeedbackStore>(), sp.GetRequiredService<TimeProvider>(), helpful: false));
        services.AddSingleton<IQuestionAnswerer, KnowledgeAnswerer>();
        services.AddSingleton<ChatSerializer>();
        services.AddSingleton<TurnExtensions>();
        services.AddSingleton<TurnHandler>();
        services.AddSingleton<ConversationEngine>();

        services.AddHostedService<ProcessedUpdatePruner>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<OutboxWriter>();
        services.AddParentBotVisits(configuration);
        services.AddParentBotQuestionsAndStaff(configuration);

        // First among hosted services: nothing may start on a locked database or broken content.
        services.Insert(0, ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, DialogsStartupCheck>());
        return services;
    }
}
