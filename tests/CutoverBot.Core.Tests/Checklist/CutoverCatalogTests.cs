using CutoverBot.Core.Checklist;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Tests.Checklist;

public sealed class CutoverCatalogTests
{
    private static CutoverCatalog Catalog => ChecklistHarness.Catalog;

    [Fact]
    public void LoadEmbedded_ShippedCatalog_EveryTaskHasTitleGuidanceAudienceAndWindow()
    {
        Assert.True(Catalog.Tasks.Count >= 50, $"only {Catalog.Tasks.Count} tasks");
        Assert.All(Catalog.Tasks, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Title));
            Assert.False(string.IsNullOrWhiteSpace(t.Guidance));
            Assert.NotEmpty(t.Audience);
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", t.Id);
        });
        Assert.Equal(Catalog.Tasks.Count, Catalog.Tasks.Select(t => t.Id).Distinct().Count());
    }

    [Theory]
    // One id per task or timing of the guide the product promises to cover.
    [InlineData("planning-meeting", "fdp-42", "fdp-28")]
    [InlineData("third-parties", "fdp-28", "fdp-21")]
    [InlineData("third-parties-off", "fdp-2", "fdp-1")]
    [InlineData("backup-third-party", "fdp-3", "fdp-1")]
    [InlineData("third-party-plan", "fdp-28", "fdp-14")]
    [InlineData("export-templates", "fdp-14", "fdp-1")]
    [InlineData("import-templates", "golive", "golive+2")]
    [InlineData("clear-inboxes", "fdp-7", "fdp")]
    [InlineData("logoff-check", "fdp-14", "fdp-7")]
    [InlineData("smart-cards", "fdp-21", "fdp-7")]
    [InlineData("hold-registrations", "fdp-7", "fdp-7")]
    [InlineData("online-reg-off", "fdp-1", "fdp")]
    [InlineData("gp2gp-off", "fdp-7", "fdp-1")]
    [InlineData("registration-cutoff", "fdp-35", "fdp-21")]
    [InlineData("limit-bookings", "fdp-28", "fdp-21")]
    [InlineData("test-rotas", "fdp-21", "fdp-7")]
    [InlineData("breather-slots", "fdp-21", "fdp-14")]
    [InlineData("move-clinics", "fdp-28", "fdp-14")]
    [InlineData("repeats-report", "fdp-28", "fdp-21")]
    [InlineData("six-monthly", "fdp-21", "fdp-7")]
    [InlineData("tell-pharmacies", "fdp-21", "fdp-14")]
    [InlineData("stop-eps", "fdp", "fdp")]
    [InlineData("reentry-option", "fdp-42", "fdp-30")]
    [InlineData("tell-method-changes", "fdp-30", "fdp-21")]
    [InlineData("clear-results", "fdp-3", "fdp")]
    [InlineData("lab-links-off", "fdp-1", "fdp")]
    [InlineData("lab-paper", "fdp-14", "fdp-7")]
    [InlineData("lab-backlog", "fdp-14", "fdp-7")]
    [InlineData("scanning-decision", "fdp-14", "fdp-7")]
    [InlineData("screening-pause", "fdp-14", "fdp-7")]
    [InlineData("screening-resume", "golive", "golive+3")]
    [InlineData("bowel-screening", "golive", "golive")]
    [InlineData("mailbox-plan", "fdp-7", "fdp-1")]
    [InlineData("ooh-plan", "fdp-7", "fdp-1")]
    [InlineData("pause-summarising", "fdp", "fdp")]
    [InlineData("register-held", "golive", "golive+7")]
    [InlineData("reenter-logged", "golive", "golive")]
    [InlineData("reissue-repeats", "golive", "golive+3")]
    [InlineData("scan-referrals", "golive+1", "golive+7")]
    [InlineData("transfer-111", "golive+1", "golive+7")]
    [InlineData("transfer-ooh", "golive+1", "golive+7")]
    [InlineData("email-routing", "golive", "golive+2")]
    [InlineData("import-rotas", "golive", "golive+1")]
    [InlineData("legacy-print", "golive+80", "golive+90")]
    public void LoadEmbedded_GuideTask_IsInTheCatalogWithItsTiming(string id, string from, string to)
    {
        var task = Catalog.Find(id);

        Assert.NotNull(task);
        Assert.Equal(from, task.From.ToString());
        Assert.Equal(to, task.To.ToString());
    }

    [Fact]
    public void LoadEmbedded_DispensaryTasks_AreDispensingOnly()
    {
        var dispensingOnly = Catalog.Tasks.Where(t => t.DispensingOnly).Select(t => t.Id).ToList();

        Assert.Equal(["stock-rundown", "stock-record", "daily-stock", "reenter-stock", "reenter-formulary"], dispensingOnly);
        Assert.DoesNotContain(Catalog.TasksFor(isDispensing: false), t => t.DispensingOnly);
    }

    [Fact]
    public void LoadEmbedded_CutoverWork_IsADailyRoutineFromFdpToTheDayBeforeGoLive()
    {
        var daily = Catalog.Tasks.Where(t => t.Daily).ToList();

        // The guide's cutover routines: calls, paper results, prescription batches, 111 and out-of-hours, held
        // registrations, kept paperwork, and dispensary stock for dispensing practices.
        Assert.Equal(["daily-calls", "daily-results", "daily-prescriptions", "daily-111-ooh", "daily-new-patients", "daily-paperwork", "daily-stock"],
            daily.Select(t => t.Id));
        Assert.All(daily, t => Assert.Equal(("fdp", "golive-1"), (t.From.ToString(), t.To.ToString())));
        Assert.True(daily.Count <= CatalogValidator.MaxDailyTasks);
    }

    [Fact]
    public void RemindersFor_Cutover_KeepOnlyWhatNoDailyTaskCovers()
    {
        var ids = Catalog.RemindersFor(CutoverPhase.Cutover, isDispensing: true).Select(r => r.Id).ToList();

        Assert.Equal(["no-new-data", "consultations", "referral-copy", "no-eps", "no-summarising"], ids);
    }

    [Theory]
    [InlineData("reenter-logged", 13)]
    [InlineData("register-held", 1)]
    [InlineData("reissue-repeats", 1)]
    [InlineData("enter-consultations", 3)]
    public void LoadEmbedded_ReentryTask_CountsItsKindsOfEntry(string id, int kinds) =>
        Assert.Equal(kinds, Catalog.Find(id)!.Counts!.Count);

    [Fact]
    public void Find_IdInOtherCase_FindsTheTask() =>
        Assert.Equal("third-parties", Catalog.Find(" Third-Parties ")?.Id);
}
