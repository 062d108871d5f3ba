using ParentBot.Core.Conversations;

namespace ParentBot.Core.Storage;

/// <summary>What a successful turn leaves behind, saved in one transaction by <see cref="TurnStore"/>.</summary>
public sealed record TurnOutcome(ChatKey Chat, ParentRecord Parent, ConversationRecord Conversation, string? UpdateKey, bool Erase);
