using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Web.Staff.Auth;

namespace ParentBot.Web.Staff;

/// <summary>
/// A page for a signed-in staff member: <see cref="Me"/> is the account as stored now (organisation and role
/// fresh from the database). Someone with a one-time password is sent to choose their own first; a role that
/// may not use the page gets 403. Every id a page is given must be loaded with <see cref="Me"/>'s organisation
/// (the stores' <c>FindIn</c>), so another organisation's id is simply not found (404).
/// </summary>
public abstract class StaffPage : ConsolePage
{
    private StaffAccount? _me;

    public StaffAccount Me => _me ?? throw new InvalidOperationException("Me is set before the handler runs");

    public override string Language => _me?.Language ?? base.Language;

    public string OrganisationName { get; private set; } = string.Empty;

    /// <summary>The password page must open while the password is still a one-time one.</summary>
    protected virtual bool AllowsOneTimePassword => false;

    protected virtual bool Allows(StaffAccount account) => true;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (StaffCookie.AccountOf(HttpContext) is not { } me)
        {
            context.Result = Challenge(StaffCookie.Scheme);
            return;
        }

        _me = me;
        OrganisationName = HttpContext.RequestServices.GetRequiredService<VenueStore>().FindOrganisation(me.Organisation)?.Name ?? me.Organisation;
        if (me.MustChangePassword && !AllowsOneTimePassword)
        {
            context.Result = RedirectToPage("/Password");
            return;
        }

        if (!Allows(me))
        {
            context.Result = StatusCode(403);
            return;
        }

        await next().ConfigureAwait(false);
    }

    protected void Audit(string action, string subject) =>
        HttpContext.RequestServices.GetRequiredService<IAuditLog>().Record(Me.Id, Me.Organisation, action, subject);

    /// <summary>Sections of the navigation this account may see.</summary>
    public IEnumerable<ConsoleSection> Sections() =>
        HttpContext.RequestServices.GetServices<ConsoleSection>().Where(s => s.IsFor(Me)).OrderBy(s => s.Order);
}
