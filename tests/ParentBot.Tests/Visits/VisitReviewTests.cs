using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Visits;

/// <summary>Staff review on Telegram (through the engine and the staff chat) and through the core service the console uses.</summary>
public sealed class VisitReviewTests : IDisposable
{
    private static readonly ChatKey Sara = ChatKey.ForTelegram(VisitTestData.SaraChat);
    private static readonly ChatKey Gent = ChatKey.ForTelegram(VisitTestData.GentChat);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<(ChatKey Parent, VisitBooking Booking)> RequestAsync(EngineWorld world, string language = "en")
    {
        var parent = await world.NewParentAsync(language);
        await VisitTestData.BookAsync(world, parent);
        return (parent, world.Services.GetRequiredService<VisitBookingStore>().OfChat(parent).Single());
    }

    private static OutboundMessage ToParent(EngineWorld world, VisitBooking booking, int step) =>
        world.Services.GetRequiredService<OutboxStore>().Find($"visit:{booking.Id}:{step}:p")!.Message;

    [Fact]
    public async Task StaffApproves_ParentGetsTheConfirmation_WithAddressMapAndCalendarFile()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var (_, booking) = await RequestAsync(world);

        var done = await world.PressAsync(Sara, VisitButtons.Approve(booking.Id));

        Assert.Equal("staff:done.approved", Assert.Single(done).Ref);
        Assert.StartsWith("✅ Goedgekeurd", done[0].Text, StringComparison.Ordinal);
        Assert.Equal(VisitStatus.Approved, world.Services.GetRequiredService<VisitBookingStore>().Find(booking.Id)!.Status);
        var confirmation = ToParent(world, booking, 2);
        Assert.Contains("Wednesday 25 November 2026, 14:00", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("openstreetmap.org", confirmation.Text, StringComparison.Ordinal);
        var ics = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(confirmation.Attachment!.Content.Span))!.Events.Single();
        Assert.Equal((14, "Europe/Brussels"), (ics.DtStart!.Hour, ics.DtStart.TzId));
        Assert.Equal($"visit-{booking.Id}@parentbot", ics.Uid);
        var audit = Assert.Single(world.Services.GetRequiredService<AuditStore>().InOrganisation("org-mechelen", 0, 100));
        Assert.Equal(("sara", "visit.approve", booking.Id), (audit.ActorId, audit.Action, audit.Subject));
    }

    [Fact]
    public async Task StaffDeclines_WithAReasonFromTheList_ParentReadsItInTheirLanguage_WithAWayOn()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var (_, booking) = await RequestAsync(world, "fr");

        var reasons = await world.PressAsync(Sara, VisitButtons.Decline(booking.Id));
        var done = await world.PressAsync(Sara, reasons.Button(":" + DeclineReasons.Full).Value);

        Assert.Equal(4, reasons[0].Buttons.Count(r => r[0].Value.StartsWith("sv:nr:", StringComparison.Ordinal)));
        Assert.Equal("staff:done.declined", done[0].Ref);
        var notice = ToParent(world, booking, 2);
        Assert.Contains(world.Services.GetText("fr", "visits.reason.full"), notice.Text, StringComparison.Ordinal);
        Assert.Contains("Huis van het Kind Mechelen", notice.Text, StringComparison.Ordinal);
        Assert.Contains(notice.Buttons.SelectMany(r => r), b => b.Value == VisitButtons.AnotherTime(booking.Id));
        Assert.Equal(VisitStatus.Declined, world.Services.GetRequiredService<VisitBookingStore>().Find(booking.Id)!.Status);
    }

    [Fact]
    public async Task StaffProposesAnotherTime_ParentAcceptsWithOneTap_AndStaffAreTold()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var (parent, booking) = await RequestAsync(world);

        var times = await world.PressAsync(Sara, VisitButtons.Propose(booking.Id));
        await world.PressAsync(Sara, times.Button(":" + VisitTestData.SecondTime).Value);
        var proposal = ToParent(world, booking, 2);
        var accepted = await world.PressAsync(parent, proposal.Buttons.SelectMany(r => r).Single(b => b.Value == VisitButtons.Accept(booking.Id)).Value);

        Assert.DoesNotContain(times.AllButtons(), b => b.Value.EndsWith(":" + VisitTestData.FirstTime, StringComparison.Ordinal));
        Assert.Contains("14:30", proposal.Text, StringComparison.Ordinal);
        var confirmation = Assert.Single(accepted);
        Assert.Equal("notice:visit-approved", confirmation.Ref);
        Assert.Contains("14:30", confirmation.Text, StringComparison.Ordinal);
        Assert.Equal("visit.ics", confirmation.Attachment!.FileName);
        var stored = world.Services.GetRequiredService<VisitBookingStore>().Find(booking.Id)!;
        Assert.Equal((VisitStatus.Approved, VisitTestData.SecondTime, 2), (stored.Status, stored.SlotKey, stored.Sequence));
        var told = world.Services.GetRequiredService<OutboxStore>().Find($"visit:{booking.Id}:3:accepted:sara")!;
        Assert.Contains("aanvaardt het nieuwe moment", told.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParentRefusesTheProposedTime_TheVisitIsNotPlanned_AndStaffAreTold()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var (parent, booking) = await RequestAsync(world);
        await world.PressAsync(Sara, VisitButtons.ProposeAt(booking.Id, VisitTestData.SecondTime));

        var refused = await world.PressAsync(parent, VisitButtons.Reject(booking.Id));
        var again = await world.PressAsync(parent, VisitButtons.Accept(booking.Id));

        Assert.Equal("text:visits.notice.rejected", Assert.Single(refused).Ref);
        Assert.Equal("text:common.stale-button", again[0].Ref);
        Assert.Equal(VisitStatus.Cancelled, world.Services.GetRequiredService<VisitBookingStore>().Find(booking.Id)!.Status);
        Assert.NotNull(world.Services.GetRequiredService<OutboxStore>().Find($"visit:{booking.Id}:3:rejected:sara"));
    }

    [Fact]
    public async Task StaffOfAnotherOrganisation_NeitherSeeNorDecide_AndFacilitatorsCannotReview()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var (_, booking) = await RequestAsync(world);
        var review = world.Services.GetRequiredService<VisitReview>();

        var list = await world.PressAsync(Gent, VisitButtons.StaffMenu);
        var forgedApprove = await world.PressAsync(Gent, VisitButtons.Approve(booking.Id));
        var forgedOpen = await world.PressAsync(Gent, VisitButtons.Open(booking.Id));
        var facilitator = await world.PressAsync(ChatKey.ForTelegram(VisitTestData.FacilitatorChat), VisitButtons.Approve(booking.Id));

        Assert.Equal("staff:visits", list[0].Ref);
        Assert.DoesNotContain(list.AllButtons(), b => b.Value.Contains(booking.Id, StringComparison.Ordinal));
        Assert.Equal("text:staff.stale", forgedApprove[0].Ref);
        Assert.Equal("text:staff.stale", forgedOpen[0].Ref);
        Assert.Equal("text:staff.stale", facilitator[0].Ref);
        Assert.Empty(review.Waiting(VisitTestData.Gent(world.Services)));
        Assert.Null(review.Find(VisitTestData.Gent(world.Services), booking.Id));
        Assert.Equal(ReviewOutcome.NotFound, review.Decline(VisitTestData.Gent(world.Services), booking.Id, DeclineReasons.Full));
        Assert.Equal(VisitStatus.Requested, world.Services.GetRequiredService<VisitBookingStore>().Find(booking.Id)!.Status);
        Assert.Empty(world.Services.GetRequiredService<AuditStore>().InOrganisation("org-gent", 0, 100));
    }

    [Fact]
    public async Task StaffMenu_ListsTheirWaitingRequests_AndAnAnsweredOneIsNoLongerWaiting()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var (_, booking) = await RequestAsync(world);

        var menu = await world.SendAsync(Sara, "/menu");
        var list = await world.PressAsync(Sara, menu.Button("sv:menu").Value);
        var card = await world.PressAsync(Sara, list.Button(VisitButtons.Open(booking.Id)).Value);
        await world.PressAsync(Sara, card.Button(VisitButtons.Approve(booking.Id)).Value);
        var twice = await world.PressAsync(Sara, VisitButtons.Approve(booking.Id));
        var forged = await world.PressAsync(Sara, VisitButtons.Approve("aaaaaaaaaa"));

        Assert.StartsWith("Bezoekaanvragen die op een antwoord wachten: 1", list[0].Text, StringComparison.Ordinal);
        Assert.Contains("🆕 Bezoekaanvraag", card[0].Text, StringComparison.Ordinal);
        Assert.Equal("staff:not-waiting", twice[0].Ref);
        Assert.Equal("text:staff.stale", forged[0].Ref);
        Assert.Single(world.Services.GetRequiredService<AuditStore>().InOrganisation("org-mechelen", 0, 100));
    }

    [Fact]
    public async Task RestartBetweenRequestAndDecision_LosesNothing()
    {
        ChatKey parent;
        string id;
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using (var before = new EngineWorld(_dir.DatabasePath, time))
        {
            VisitTestData.Seed(before.Services);
            (parent, var booking) = await RequestAsync(before);
            id = booking.Id;
        }

        await using var after = new EngineWorld(_dir.DatabasePath, time);
        var done = await after.PressAsync(Sara, VisitButtons.Approve(id));
        var mine = await after.PressAsync(parent, (await after.SendAsync(parent, "/menu")).Button(":menu:my-visits").Value);

        Assert.Equal("staff:done.approved", done[0].Ref);
        Assert.NotNull(after.Services.GetRequiredService<OutboxStore>().Find($"visit:{id}:2:p"));
        Assert.Contains("confirmed", mine[0].Text, StringComparison.Ordinal);
    }
}
