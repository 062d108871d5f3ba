namespace ParentBot.Core.Delivery;

/// <summary>
/// One reserved turn to send, from <see cref="SendPacer.WaitTurnAsync"/>. Dispose it once the platform answered
/// or the send failed; until then it holds one of the pacer's places.
/// </summary>
public sealed class SendTurn : IDisposable
{
    private SendPacer? _pacer;

    internal SendTurn(SendPacer pacer) => _pacer = pacer;

    public void Dispose() => Interlocked.Exchange(ref _pacer, null)?.Release();
}
