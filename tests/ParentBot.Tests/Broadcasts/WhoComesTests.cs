using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Sessions;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;
using static ParentBot.Tests.Broadcasts.GroupFixture;

namespace ParentBot.Tests.Broadcasts;

/// <summary>"Who comes next time" in the facilitator's chat, over the engine and a real LiteDB file.</summary>
public sealed class WhoComesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task WhoComes_ListsComing_CannotComeWithReason_AndNoAnswer_ForTheNextMeetingThatIsNotCancelled()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        series.Cancelled = ["2026-11-23"]; // today's meeting is off: the next one is Tuesday
        Add(world.Services, series, StaffMember("st-a", OrgA, 900));
        var amina = Parent(world.Services, series, 1, "ar", name: "Amina");
        var olena = Parent(world.Services, series, 2, "uk", name: "Olena");
        Parent(world.Services, series, 3, "nl");
        var enrolments = world.Services.GetRequiredService<EnrolmentStore>();
        enrolments.Answer(new Attendance { Id = Attendance.IdOf(series.Id, Tuesday, amina.ToString()), SeriesId = series.Id, Date = Tuesday, Chat = amina.ToString(), Coming = true });
        enrolments.Answer(new Attendance
        {
            Id = Attendance.IdOf(series.Id, Tuesday, olena.ToString()), SeriesId = series.Id, Date = Tuesday, Chat = olena.ToString(), Coming = false, Reason = AbsenceReason.SickChild,
        });

        var reply = Assert.Single(await world.PressAsync(ChatKey.ForTelegram(900), "sg:w:" + series.Id)).Text;

        Assert.Contains("Tuesday 24 November 2026 09:00", reply, StringComparison.Ordinal);
        Assert.Contains("✅ Coming (1):\nAmina", reply, StringComparison.Ordinal);
        Assert.Contains("❌ Cannot come (1):\nOlena (sick child)", reply, StringComparison.Ordinal);
        Assert.Contains("❔ No answer (1):\nparent 3", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AParent_PressingAFacilitatorButton_GetsNothingOfTheGroup()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        Add(world.Services, series, StaffMember("st-a", OrgA, 900));
        var parent = await world.NewParentAsync("en", "5");

        var replies = await world.PressAsync(parent, "sg:w:" + series.Id);

        Assert.DoesNotContain(replies, m => m.Text.Contains("Mama Leert", StringComparison.Ordinal));
    }

    public void Dispose() => _dir.Dispose();
}
