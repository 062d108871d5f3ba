namespace ParentBot.Core.Conversations;

/// <summary>What kind of input a parent sent, as far as the engine needs to know.</summary>
public enum InboundKind
{
    /// <summary>Typed text; a leading "/" makes it a command.</summary>
    Text,

    /// <summary>A pressed button: <see cref="InboundMessage.Text"/> holds its value, never its label.</summary>
    Button,

    /// <summary>Anything we cannot read: a sticker, photo, voice note, file, location, contact…</summary>
    Unsupported,
}
