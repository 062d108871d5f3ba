using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Staff;

/// <summary>
/// A part of the product a linked staff member reaches on Telegram: one button in the staff menu, the
/// buttons it sends (by value prefix), and typed text when it asked for some (a broadcast text). Each
/// handler checks the account's organisation for every id it is given: a forged button must not reach
/// another organisation's data.
/// </summary>
public interface IStaffFeature
{
    /// <summary>Prefix of every button value this feature sends, e.g. <c>sg:</c>; its menu button is <c>Prefix + "menu"</c>.</summary>
    string Prefix { get; }

    /// <summary>Text key of the menu button (in <c>texts/staff/</c>).</summary>
    string MenuLabel { get; }

    bool IsFor(StaffAccount account);

    /// <summary>False when the value no longer means anything (stale or forged).</summary>
    Task<bool> HandleButtonAsync(string value, StaffAccount account, FlowContext context, Replies replies, CancellationToken cancellationToken);

    /// <summary>Typed text while this feature waits for it (<see cref="StaffChat.AwaitText"/>).</summary>
    Task HandleTextAsync(string text, StaffAccount account, FlowContext context, Replies replies, CancellationToken cancellationToken);
}
