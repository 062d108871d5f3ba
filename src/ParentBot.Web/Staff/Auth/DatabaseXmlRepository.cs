using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff.Auth;

/// <summary>Keeps the cookie-protection keys in the database file (see <see cref="ConsoleKeyStore"/>), not in the user's home folder.</summary>
internal sealed class DatabaseXmlRepository(ConsoleKeyStore keys) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [.. keys.All().Select(x => XElement.Parse(x))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        keys.Save(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
