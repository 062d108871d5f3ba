using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Outbox;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;
using static ParentBot.Tests.Broadcasts.GroupFixture;

namespace ParentBot.Tests.Broadcasts;

/// <summary>Cancelling a date and broadcasting, over the core services, a real LiteDB file and a fake clock.</summary>
public sealed class BroadcastServiceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task CancelADate_TellsEveryParentOnceInTheirLanguage_MutedOnesToo()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        var sara = StaffMember("st-a", OrgA, 900);
        Add(world.Services, series, sara);
        var amina = Parent(world.Services, series, 1, "ar");
        var olena = Parent(world.Services, series, 2, "uk");
        world.Services.GetRequiredService<EnrolmentStore>().SetMuted(series.Id, olena, muted: true);
        var cancellation = world.Services.GetRequiredService<SessionCancellation>();

        var first = cancellation.Cancel(sara, series.Id, new DateOnly(2026, 11, 24));
        var again = cancellation.Cancel(sara, series.Id, new DateOnly(2026, 11, 24));

        Assert.Equal(new CancelResult(CancelOutcome.Cancelled, 2), first);
        Assert.Equal(CancelOutcome.AlreadyCancelled, again.Outcome);
        Assert.Contains("2026-11-24", world.Services.GetRequiredService<SeriesStore>().Find(series.Id)!.Cancelled);
        Assert.True(SeriesSchedule.On(world.Services.GetRequiredService<SeriesStore>().Find(series.Id)!, new DateOnly(2026, 11, 24))!.Cancelled);
        var outbox = world.Services.GetRequiredService<OutboxStore>();
        var arabic = outbox.Find(SessionCancellation.KeyFor(series.Id, Tuesday, amina.ToString()))!.Message;
        var ukrainian = outbox.Find(SessionCancellation.KeyFor(series.Id, Tuesday, olena.ToString()))!.Message;
        Assert.Contains("ملغى", arabic.Text, StringComparison.Ordinal);
        Assert.Contains("2026", arabic.Text, StringComparison.Ordinal); // Gregorian, not the Hijri year 1448
        Assert.Contains("Mama Leert", arabic.Text, StringComparison.Ordinal);
        Assert.Equal(ParentBot.Core.Localization.TextDirection.Rtl, arabic.Direction);
        Assert.Contains("скасовано", ukrainian.Text, StringComparison.Ordinal);
        Assert.Contains("24 листопада 2026", ukrainian.Text, StringComparison.Ordinal);
        Assert.Contains("09:00", ukrainian.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelADate_ThatIsNotAMeetingOrIsOver_IsRefused()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        var sara = StaffMember("st-a", OrgA, 900);
        Add(world.Services, series, sara);
        var cancellation = world.Services.GetRequiredService<SessionCancellation>();

        Assert.Equal(CancelOutcome.NoSuchDate, cancellation.Cancel(sara, series.Id, new DateOnly(2026, 11, 25)).Outcome); // a Wednesday
        Assert.Equal(CancelOutcome.NoSuchDate, cancellation.Cancel(sara, series.Id, new DateOnly(2026, 11, 19)).Outcome); // last Thursday
        Assert.Empty(world.Services.GetRequiredService<SeriesStore>().Find(series.Id)!.Cancelled);
    }

    [Fact]
    public async Task AnotherOrganisationsStaff_CannotCancel_Draft_Preview_Send_OrSeeStatus()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        var sara = StaffMember("st-a", OrgA, 900);
        var intruder = StaffMember("st-b", OrgB, 901, StaffRole.Admin);
        var colleague = StaffMember("st-c", OrgA, 902); // same organisation, but not this group's facilitator
        Add(world.Services, series, sara, intruder, colleague);
        Parent(world.Services, series, 1, "ar");
        var service = world.Services.GetRequiredService<BroadcastService>();
        var draft = service.Draft(sara, series.Id, BroadcastTemplate.BringSomething, "fruit")!;

        Assert.Equal(CancelOutcome.NotAllowed, world.Services.GetRequiredService<SessionCancellation>().Cancel(intruder, series.Id, new DateOnly(2026, 11, 24)).Outcome);
        Assert.Null(service.Draft(intruder, series.Id, BroadcastTemplate.BringSomething, "fruit"));
        Assert.Null(service.Draft(colleague, series.Id, BroadcastTemplate.BringSomething, "fruit"));
        Assert.Null(service.Find(intruder, draft.Id));
        Assert.Null(service.Preview(intruder, draft.Id, "ar"));
        Assert.Null(service.Send(intruder, draft.Id));
        Assert.Null(service.Status(intruder, draft.Id));
        Assert.Empty(world.Services.GetRequiredService<ParentBot.Core.Sessions.Facilitation.FacilitatedSeries>().Of(intruder));
        Assert.Empty(world.Services.GetRequiredService<OutboxStore>().InBatch(draft.Batch));
        Assert.Empty(world.Services.GetRequiredService<SeriesStore>().Find(series.Id)!.Cancelled);
    }

    [Fact]
    public async Task FreeText_WithADutchVersion_DutchParentGetsDutch_ArabicParentGetsTheOriginalAndANoteInArabic()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        var sara = StaffMember("st-a", OrgA, 900, language: "en");
        Add(world.Services, series, sara);
        var dutch = Parent(world.Services, series, 1, "nl");
        var arabic = Parent(world.Services, series, 2, "ar");
        var english = Parent(world.Services, series, 3, "en");
        var service = world.Services.GetRequiredService<BroadcastService>();

        var draft = service.Draft(sara, series.Id, BroadcastTemplate.FreeText, "We will bake cookies together.")!;
        Assert.True(service.AddVersion(sara, draft.Id, "nl", "We bakken samen koekjes."));
        string[] shown = ["nl", "ar", "en"];
        var previews = shown.ToDictionary(l => l, l => service.Preview(sara, draft.Id, l)!.Text);
        var sent = service.Send(sara, draft.Id)!;

        Assert.Equal(3, sent.Recipients);
        Assert.Equal(["nl", "en", "ar"], service.LanguagesOf(sara, series.Id));
        var outbox = world.Services.GetRequiredService<OutboxStore>();
        string TextTo(Core.Conversations.ChatKey chat) => outbox.Find(Broadcast.KeyFor(draft.Id, chat.ToString()))!.Message.Text;
        Assert.Contains("We bakken samen koekjes.", TextTo(dutch), StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", TextTo(dutch), StringComparison.Ordinal);
        Assert.Contains("We will bake cookies together.", TextTo(arabic), StringComparison.Ordinal);
        Assert.Contains("لم تتم ترجمة هذه الرسالة", TextTo(arabic), StringComparison.Ordinal);
        Assert.DoesNotContain("translated", TextTo(english), StringComparison.Ordinal);
        Assert.Equal(previews["nl"], TextTo(dutch));
        Assert.Equal(previews["ar"], TextTo(arabic));
        Assert.Equal(previews["en"], TextTo(english));
        Assert.Null(service.Send(sara, draft.Id)); // sent once; a second press adds nothing
        Assert.Equal(3, outbox.InBatch(draft.Batch).Count);
    }

    [Fact]
    public async Task Templates_AreFilledWithTheDetail_InEveryLanguage()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        var sara = StaffMember("st-a", OrgA, 900);
        Add(world.Services, series, sara);
        var service = world.Services.GetRequiredService<BroadcastService>();
        var place = service.Draft(sara, series.Id, BroadcastTemplate.PlaceChanged, "Bibliotheek, Stationsstraat 3")!;
        var party = service.Draft(sara, series.Id, BroadcastTemplate.FreeTime, date: new DateOnly(2026, 12, 17))!;
        var languages = world.Services.GetRequiredService<ParentBot.Core.Localization.LanguageCatalog>().All;

        Assert.All(languages, l =>
        {
            var placeText = service.Preview(sara, place.Id, l.Code)!.Text;
            var partyText = service.Preview(sara, party.Id, l.Code)!.Text;
            Assert.Contains("Bibliotheek, Stationsstraat 3", placeText, StringComparison.Ordinal);
            Assert.Contains("Mama Leert", placeText, StringComparison.Ordinal);
            Assert.Contains("2026", partyText, StringComparison.Ordinal);
            Assert.Contains("09:00", partyText, StringComparison.Ordinal);
            Assert.DoesNotContain("{", placeText + partyText, StringComparison.Ordinal);
        });
        Assert.Null(service.Draft(sara, series.Id, BroadcastTemplate.FreeTime, date: new DateOnly(2026, 12, 16))); // a Wednesday
        Assert.Null(service.Draft(sara, series.Id, BroadcastTemplate.PlaceChanged, "   "));
    }

    [Fact]
    public async Task ScheduledBroadcast_IsQueuedForItsTime_AndStatusNamesParentsByTheNameTheyGaveOrTheirNumber()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        var sara = StaffMember("st-a", OrgA, 900);
        Add(world.Services, series, sara);
        Parent(world.Services, series, 1, "ar", name: "Amina");
        Parent(world.Services, series, 2, "uk");
        var service = world.Services.GetRequiredService<BroadcastService>();
        var at = world.Time.GetUtcNow().AddHours(8);

        var draft = service.Draft(sara, series.Id, BroadcastTemplate.BringSomething, "fruit")!;
        service.Send(sara, draft.Id, at);
        var status = service.Status(sara, draft.Id)!;

        Assert.All(world.Services.GetRequiredService<OutboxStore>().InBatch(draft.Batch), e => Assert.Equal(at, e.Due));
        Assert.Equal([("Amina", 1), (null, 2)], status.Recipients.Select(r => (r.Name, r.Number)));
        Assert.Equal(2, status.Count(OutboxStatus.Queued));
        Assert.Equal(draft.Id, service.Latest(sara, series.Id)!.Id);
    }

    public void Dispose() => _dir.Dispose();
}
