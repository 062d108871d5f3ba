using Microsoft.Extensions.Options;
using ParentBot.Core.Conversations;
using ParentBot.Core.Places;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Questions;

/// <summary>
/// Which organisation answers a parent's question: the family centre of their town if we know it, else the
/// configured default, else the first organisation with a family centre, else the first at all — always
/// one that has at least one staff account, because the parent is told a person will read it.
/// </summary>
public sealed class QuestionRouting(VenueStore places, StaffStore staff, IOptions<StaffOptions> options, IEnumerable<IParentTown> towns)
{
    private readonly IReadOnlyList<IParentTown> _towns = [.. towns];

    /// <summary>The organisation that answers this chat, or null when no organisation has staff.</summary>
    public Organisation? For(ChatKey chat) => TownOrganisation(chat) ?? Default();

    /// <summary>The organisation id that answers each chat (null: none), with the default worked out once for all.</summary>
    public IReadOnlyDictionary<ChatKey, string?> OrganisationsOf(IEnumerable<ChatKey> chats)
    {
        var fallback = new Lazy<Organisation?>(Default);
        var result = new Dictionary<ChatKey, string?>();
        foreach (var chat in chats)
        {
            if (!result.ContainsKey(chat))
            {
                result[chat] = (TownOrganisation(chat) ?? fallback.Value)?.Id;
            }
        }

        return result;
    }

    /// <summary>The organisation that answers a parent whose town we do not know.</summary>
    public Organisation? Default()
    {
        if (options.Value.DefaultOrganisation is { Length: > 0 } configured
            && places.FindOrganisation(configured) is { } chosen && staff.AnyIn(chosen.Id))
        {
            return chosen;
        }

        var all = places.Organisations();
        var withFamilyCentre = places.OfType(VenueType.FamilyCentre).Select(v => v.Organisation).ToHashSet(StringComparer.Ordinal);
        return all.Where(o => withFamilyCentre.Contains(o.Id)).Concat(all).FirstOrDefault(o => staff.AnyIn(o.Id));
    }

    private Organisation? TownOrganisation(ChatKey chat)
    {
        foreach (var town in _towns)
        {
            if (town.MunicipalityOf(chat) is { } municipality && FamilyCentreIn(municipality) is { } local)
            {
                return local;
            }
        }

        return null;
    }

    private Organisation? FamilyCentreIn(string municipality) =>
        places.OfType(VenueType.FamilyCentre)
            .Where(v => v.Municipality == municipality)
            .Select(v => places.FindOrganisation(v.Organisation))
            .FirstOrDefault(o => o is not null && staff.AnyIn(o.Id));
}
