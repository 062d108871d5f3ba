using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Localization;

namespace ParentBot.Tests.Support;

public static class ServiceProviderTextExtensions
{
    public static string GetText(this IServiceProvider services, string language, string key) =>
        services.GetRequiredService<Localizer>().Text(language, key);
}
