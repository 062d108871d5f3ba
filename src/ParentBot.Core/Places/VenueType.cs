namespace ParentBot.Core.Places;

/// <summary>The kinds of place a parent can visit or go to with their child.</summary>
public enum VenueType
{
    /// <summary>Kinderopvang: babies and toddlers until preschool.</summary>
    Childcare,

    /// <summary>Kleuterschool / école maternelle: from 2½ years.</summary>
    Preschool,

    /// <summary>Huis van het Kind: for every family, from pregnancy on.</summary>
    FamilyCentre,
}
