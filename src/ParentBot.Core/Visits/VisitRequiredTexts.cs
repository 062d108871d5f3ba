using ParentBot.Core.Dialogs;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Visits;

/// <summary>Text keys the visit code says directly (notices, buttons it computes, staff messages).</summary>
public sealed class VisitRequiredTexts(LanguageCatalog languages) : IRequiredTexts
{
    private static readonly string[] ParentKeys =
    [
        "visits.kind.childcare", "visits.kind.preschool", "visits.kind.family-centre",
        "visits.book.venue-button", "visits.book.not-born", "visits.book.less", "visits.book.more",
        "visits.age.months", "visits.age.years", "visits.age.up-to", "visits.age.range", "visits.age.soon", "visits.age.young", "visits.age.old",
        "visits.age.born", "visits.age.due", "visits.mine.line", "visits.mine.none", "visits.mine.button",
        "visits.act.cancel", "visits.act.another", "visits.act.accept", "visits.act.reject", "visits.act.other-place",
        "visits.notice.approved", "visits.notice.declined", "visits.notice.suggest", "visits.notice.suggest-centre", "visits.notice.proposed",
        "visits.notice.expired", "visits.notice.remind-day", "visits.notice.remind-today", "visits.notice.feedback", "visits.notice.help",
        "visits.notice.feedback-thanks", "visits.notice.help-yes", "visits.notice.help-no", "visits.notice.rejected",
        "visits.notice.calendar-title", "visits.notice.calendar-text",
        "visits.feedback.good", "visits.feedback.ok", "visits.feedback.bad", "visits.help.yes", "visits.help.no", "visits.mydata",
    ];

    private static readonly string[] StaffKeys =
    [
        "menu", "list", "none", "request", "replaces", "approve", "decline", "propose", "overdue", "reasons", "times", "no-times",
        "not-waiting", "slot-full", "done.approved", "done.declined", "done.proposed", "child.months", "child.years", "child.due",
        "told.cancelled", "told.accepted", "told.rejected", "told.forgotten", "told.feedback", "told.help-yes", "told.help-no",
    ];

    public IEnumerable<string> Keys =>
    [
        .. ParentKeys,
        .. VisitNeeds.All.SelectMany(n => new[] { "visits.book.need-" + n, "visits.needs." + n, "visits-staff.needs." + n }),
        .. Enum.GetNames<VisitStatus>().Select(s => "visits.status." + s.ToLowerInvariant()),
        .. DeclineReasons.All.SelectMany(r => new[] { "visits.reason." + r, "visits-staff.reason." + r }),
        .. StaffKeys.Select(k => "visits-staff." + k),
        .. languages.All.Select(l => "visits-staff.language." + l.Code),
    ];
}
