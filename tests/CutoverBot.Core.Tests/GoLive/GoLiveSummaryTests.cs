using CutoverBot.Core.Entries;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.GoLive;

public sealed class GoLiveSummaryTests : IDisposable
{
    private readonly GoLiveHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void Build_MixedEntries_CountsByCategoryStatusAndPerson()
    {
        _h.Call(Sam, "A", EntryStatus.Reentered);
        _h.Call(Sam, "B");
        _h.Call(Alex, "C", EntryStatus.NotNeeded);
        _h.Seed(Alex, EntryCategory.Registration, "D", new DateOnly(1990, 8, 22));
        _h.Seed(Hilda, EntryCategory.Call, "Elsewhere", practiceId: Hillview);
        var deleted = _h.Call(Sam, "Gone");
        deleted.Deleted = true;
        _h.Bot.Entries.Update(deleted);

        var s = _h.Summary();

        Assert.Equal((4, 2, 1, 1), (s.Counts.Total, s.Counts.Pending, s.Counts.Reentered, s.Counts.NotNeeded));
        var calls = s.CountsFor(EntryCategory.Call);
        Assert.Equal((3, 1, 1, 1), (calls.Total, calls.Pending, calls.Reentered, calls.NotNeeded));
        Assert.Equal([EntryCategory.Call, EntryCategory.Registration], s.Categories.Select(c => c.Category));
        Assert.Equal(["Alex Admin", "Sam Reception"], s.People.Select(p => p.Name));
        Assert.Equal("1 of 2 done", s.People.Single(p => p.AuthorId == Sam.Id).Counts.Text);
        Assert.Equal("1 of 2 done", s.People.Single(p => p.AuthorId == Alex.Id).Counts.Text);
    }

    [Fact]
    public void Build_PeopleAllDone_ListedAfterThoseOutstanding()
    {
        _h.Call(Alex, "A", EntryStatus.Reentered);
        _h.Call(Sam, "B");

        var s = _h.Summary();

        Assert.Equal([Sam.Id, Alex.Id], s.People.Select(p => p.AuthorId));
        Assert.Equal([Sam.Id], s.Outstanding.Select(p => p.AuthorId));
    }

    [Fact]
    public void Build_Prescriptions_BatchedByRequestDateOldestFirstUndatedLast()
    {
        var d = GoLiveHarness.GoLive;
        _h.Seed(Sam, EntryCategory.Prescription, "A", occurredOn: d.AddDays(-2), route: PrescriptionChannel.Phone);
        _h.Seed(Sam, EntryCategory.Prescription, "B", occurredOn: null, route: PrescriptionChannel.Other);
        _h.Seed(Alex, EntryCategory.Prescription, "C", occurredOn: d.AddDays(-5), route: PrescriptionChannel.Counter);
        _h.Seed(Alex, EntryCategory.Prescription, "D", occurredOn: d.AddDays(-2));
        _h.Seed(Alex, EntryCategory.Prescription, "E", occurredOn: d.AddDays(-6), status: EntryStatus.Reentered);

        var batches = _h.Summary().PrescriptionBatches;

        Assert.Equal([d.AddDays(-5), d.AddDays(-2), null], batches.Select(b => b.RequestDate));
        Assert.Equal(["RX-0003"], batches[0].Requests.Select(r => r.Reference));
        Assert.Equal("counter", batches[0].Requests[0].Route);
        Assert.Equal(["RX-0001", "RX-0004"], batches[1].Requests.Select(r => r.Reference));
        Assert.Equal(["phone", ""], batches[1].Requests.Select(r => r.Route));
        Assert.Equal(["RX-0002"], batches[2].Requests.Select(r => r.Reference));
    }

    [Fact]
    public void Build_RegistrationsReferralsAndMissing_ListOutstandingReferencesOnly()
    {
        _h.Seed(Sam, EntryCategory.Registration, "Tomasz Nowak", new DateOnly(1990, 8, 22));
        _h.Seed(Sam, EntryCategory.Registration, "Done Already", new DateOnly(1990, 8, 22), status: EntryStatus.Reentered);
        _h.Seed(Sam, EntryCategory.Registration, "No Dob");
        _h.Seed(Alex, EntryCategory.Referral, "Priya Shah", new DateOnly(1988, 4, 30), ubrn: "123456789012");
        _h.Seed(Alex, EntryCategory.Referral, "No Ubrn", new DateOnly(1988, 4, 30));
        _h.Seed(Alex, EntryCategory.Call, "Missing Dob Done", status: EntryStatus.NotNeeded);
        _h.Seed(Alex, EntryCategory.Other, text: "fax out of paper");

        var s = _h.Summary();

        Assert.Equal(["REG-0001", "REG-0003"], s.RegistrationQueue);
        Assert.Equal(["REF-0001"], s.ReferralsToScan);
        Assert.Equal(["REG-0003", "REF-0002"], s.MissingDetails);
    }

    [Fact]
    public void IsBeforeGoLive_DependsOnGoLiveDate()
    {
        using var before = new GoLiveHarness(GoLiveHarness.GoLive.AddDays(1));
        Assert.True(before.Summary().IsBeforeGoLive);
        Assert.False(_h.Summary().IsBeforeGoLive);

        var practice = before.Riverside;
        practice.GoLiveDate = null;
        before.Bot.Practices.Upsert(practice);
        Assert.True(before.Summary().IsBeforeGoLive);
    }
}
