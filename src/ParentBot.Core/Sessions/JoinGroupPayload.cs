using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions;

/// <summary>
/// An invitation: the deep link <c>/start join-K7M2QX</c> from a poster's QR code, or the code typed in any
/// chat. It opens the join flow for that group; an unknown code gets a kind answer and the menu.
/// </summary>
internal sealed class JoinGroupPayload(SeriesStore series, PersonalInviteStore invites, FlowRunner flows, TimeProvider time) : IStartPayloadHandler
{
    public const string FlowId = "join-group";
    public const string SeriesSlot = "series";

    /// <summary>A personal invitation's code, used up when the parent joins.</summary>
    public const string InviteSlot = "invite";

    public string Prefix => "join-";

    public Task HandleAsync(string argument, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        if (InviteCodes.LooksLikeCode(argument, out var personal) && invites.Find(personal, time.GetUtcNow().UtcDateTime) is { } invite
            && series.Find(invite.SeriesId) is { } invited)
        {
            flows.EnterWith(context, replies, FlowId, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [SeriesSlot] = invited.Id,
                [InviteSlot] = invite.Id,
                ["name"] = invite.Name,
            });
            return Task.CompletedTask;
        }

        if (!InviteCodes.LooksLikeCode(argument, out var code) || series.FindByInviteCode(code) is not { } group)
        {
            replies.Say("sessions.join-unknown");
            flows.Enter(context, replies, FlowCatalog.MainMenu);
            return Task.CompletedTask;
        }

        flows.EnterWith(context, replies, FlowId, new Dictionary<string, string>(StringComparer.Ordinal) { [SeriesSlot] = group.Id });
        return Task.CompletedTask;
    }

    public bool IsTypedCode(string text, out string argument)
    {
        // Only a code that belongs to a group counts, so a parent typing a six-letter word gets an answer.
        argument = string.Empty;
        if (InviteCodes.LooksLikeCode(text, out var code)
            && (series.FindByInviteCode(code) is not null || invites.Find(code, time.GetUtcNow().UtcDateTime) is not null))
        {
            argument = code;
            return true;
        }

        return false;
    }
}
