using Microsoft.Extensions.Options;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Storage;

namespace ParentBot.Host;

/// <summary>Turns the failures a person can fix at start-up into one line saying what to fix.</summary>
internal static class StartupFailure
{
    public static string? Describe(Exception exception) => exception switch
    {
        OptionsValidationException options => "ParentBot cannot start: " + string.Join("; ", options.Failures),
        InstanceLockedException locked => "ParentBot cannot start: " + locked.Message,
        DialogsCheckFailedException dialogs => "ParentBot cannot start: " + dialogs.Message,
        DialogsException content => "ParentBot cannot start: " + content.Message,
        AggregateException { InnerExceptions: [var inner] } => Describe(inner),
        _ when exception.InnerException is { } inner => Describe(inner),
        _ => null,
    };
}
