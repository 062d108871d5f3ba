namespace ParentBot.Core.Conversations;

/// <summary>
/// What the parts of the product plug into a turn: buttons by prefix, deep-link payloads and typed codes,
/// interceptors (staff chats), and what each part tells /privacy and /mydata. Kept together so the turn
/// handler does not grow a parameter per part.
/// </summary>
public sealed class TurnExtensions(
    IEnumerable<IButtonHandler> buttons,
    IEnumerable<IStartPayloadHandler> payloads,
    IEnumerable<IChatInterceptor> interceptors,
    IEnumerable<IMyDataSection> myData,
    IEnumerable<IPrivacyNotice> privacy)
{
    public IReadOnlyList<IButtonHandler> Buttons { get; } = [.. buttons];

    public IReadOnlyList<IStartPayloadHandler> Payloads { get; } = [.. payloads];

    public IReadOnlyList<IChatInterceptor> Interceptors { get; } = [.. interceptors];

    public IReadOnlyList<IMyDataSection> MyData { get; } = [.. myData];

    public IReadOnlyList<IPrivacyNotice> Privacy { get; } = [.. privacy];

    public IButtonHandler? ButtonHandlerFor(string value) =>
        Buttons.FirstOrDefault(b => value.StartsWith(b.Prefix, StringComparison.Ordinal));

    public IStartPayloadHandler? PayloadHandlerFor(string payload) =>
        Payloads.FirstOrDefault(p => payload.StartsWith(p.Prefix, StringComparison.Ordinal));
}
