using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Places;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Tests.Support;

/// <summary>Organisations and staff accounts written straight to the store, for tests that need them to exist.</summary>
public static class StaffSeed
{
    public static Organisation Organisation(IServiceProvider services, string id, string name)
    {
        var organisation = new Organisation { Id = id, Name = name };
        services.GetRequiredService<VenueStore>().SaveOrganisation(organisation);
        return organisation;
    }

    /// <summary>An account without a usable password (console tests make theirs through the account service).</summary>
    public static StaffAccount Account(
        IServiceProvider services, string organisation, string email, StaffRole role = StaffRole.Staff, string language = "en", string? chat = null)
    {
        var account = new StaffAccount
        {
            Id = "s-" + Guid.NewGuid().ToString("N")[..10],
            Email = email,
            DisplayName = email.Split('@')[0],
            Organisation = organisation,
            Role = role,
            Language = language,
            Chat = chat,
        };
        Assert.True(services.GetRequiredService<StaffStore>().Add(account));
        return account;
    }

    public static Venue FamilyCentre(IServiceProvider services, string id, string organisation, string municipality)
    {
        var venue = new Venue { Id = id, Name = id, Type = VenueType.FamilyCentre, Organisation = organisation, Municipality = municipality };
        services.GetRequiredService<VenueStore>().Save(venue);
        return venue;
    }
}
