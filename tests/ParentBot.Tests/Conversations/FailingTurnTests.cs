using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Conversations;

public sealed class FailingTurnTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ActionThatThrows_ApologisesAndSavesNothing()
    {
        var dialogs = DialogsCopy.Make(_dir.Path, d => File.WriteAllText(Path.Combine(d, "flows", "boom.yaml"), """
            id: boom
            version: 1
            start: ask
            states:
              - id: ask
                say: forget.confirm
                buttons: [ [ { label: forget.yes, trigger: go } ] ]
                on: [ { trigger: go, to: done, do: explode } ]
              - id: done
                say: forget.done
                final: true
            """));
        await using var world = new EngineWorld(_dir.DatabasePath, dialogsPath: dialogs,
            configure: s => s.AddSingleton<IFlowAction, ExplodingAction>());
        var chat = await world.NewParentAsync("en");
        var context = new FlowContext(chat, world.Turns.FindParent(chat)!, world.Turns.FindConversation(chat)!);
        world.Services.GetRequiredService<FlowRunner>().Enter(context, new Replies(world.Services.GetRequiredService<Core.Localization.Localizer>(), "en"), "boom");
        world.Services.GetRequiredService<Core.Storage.TurnStore>().Commit(new(chat, context.Parent, context.Conversation, null, false), DateTime.UnixEpoch);

        var replies = await world.PressAsync(chat, "f:boom:1:ask:go", updateKey: "tg:1");

        Assert.Equal("text:common.error", Assert.Single(replies).Ref);
        Assert.Equal("ask", world.Turns.FindConversation(chat)!.State);
        Assert.False(world.Turns.WasHandled("tg:1"));
    }

    private sealed class ExplodingAction : IFlowAction
    {
        public string Name => "explode";

        public Task RunAsync(FlowContext context, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
    }
}
