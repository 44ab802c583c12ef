using CutoverBot.Core.Entries;
using CutoverBot.Core.Progress;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Progress;

public sealed class PersonalEntriesTests : IDisposable
{
    private readonly ProgressHarness _h = new();
    private readonly Entry _samCall;
    private readonly Entry _samReg;
    private readonly Entry _alexCall;

    public PersonalEntriesTests()
    {
        _samCall = _h.Bot.Log(Personal(Sam), "log call Margaret Evans 14/02/1948 wants her bloods");
        _h.Bot.Time.Advance(TimeSpan.FromMinutes(1));
        _samReg = _h.Bot.Log(Personal(Sam), "new reg Tomasz Nowak dob 22 Aug 1990 GMS1 in tray");
        _h.Bot.Time.Advance(TimeSpan.FromMinutes(1));
        _alexCall = _h.Bot.Log(Personal(Alex), "log call John Smith 1/1/1960 sick note");
    }

    public void Dispose() => _h.Dispose();

    private static EntryListQuery Query(bool everyone = false, string? kind = null, string? status = null, string? reference = null) =>
        new(everyone, kind, status, reference);

    [Fact]
    public void List_Staff_SeesOnlyOwnEntriesNewestFirstWithoutPatientDetails()
    {
        var list = _h.Personal.List(_h.Riverside_, Sam, Query()).Value!;

        Assert.Equal([_samReg.Reference, _samCall.Reference], list.Rows.Select(r => r.Reference));
        Assert.DoesNotContain("Margaret", System.Text.Json.JsonSerializer.Serialize(list));
        Assert.All(list.Rows, r => Assert.True(r.CanConfirm));
    }

    [Fact]
    public void List_FiltersByKindStatusAndReference()
    {
        _h.Bot.Say(Personal(Sam), "reentered " + _samCall.Reference);

        Assert.Equal([_samReg.Reference], _h.Personal.List(_h.Riverside_, Sam, Query(kind: "registration")).Value!.Rows.Select(r => r.Reference));
        Assert.Equal([_samCall.Reference], _h.Personal.List(_h.Riverside_, Sam, Query(status: "reentered")).Value!.Rows.Select(r => r.Reference));
        Assert.Equal([_samCall.Reference], _h.Personal.List(_h.Riverside_, Sam, Query(reference: _samCall.Reference.ToLowerInvariant())).Value!.Rows.Select(r => r.Reference));
    }

    [Fact]
    public void List_ManagerEveryone_SeesAllButStaffAskingForEveryoneIsForbidden()
    {
        Assert.Equal(3, _h.Personal.List(_h.Riverside_, Manager, Query(everyone: true)).Value!.Matched);
        Assert.Equal(403, _h.Personal.List(_h.Riverside_, Sam, Query(everyone: true)).Status);
    }

    [Theory]
    [InlineData("explode", null)]
    [InlineData(null, "done-ish")]
    public void List_UnknownKindOrStatus_IsBadRequest(string? kind, string? status)
    {
        var answer = _h.Personal.List(_h.Riverside_, Sam, Query(kind: kind, status: status));

        Assert.Equal(400, answer.Status);
        Assert.Contains("isn't one I know", answer.Message);
    }

    [Fact]
    public void List_GuestOrOtherPracticeStaff_IsForbidden()
    {
        Assert.Equal(403, _h.Personal.List(_h.Riverside_, Guest, Query()).Status);
        Assert.Equal(403, _h.Personal.List(_h.Riverside_, Hilda, Query()).Status);
    }

    [Fact]
    public void Details_Own_ShowsPatientDetailsAndIsAudited()
    {
        var answer = _h.Personal.Details(_h.Riverside_, Sam, _samCall.Id);

        Assert.Equal("Margaret Evans", answer.Value!.PatientName);
        Assert.Equal("14/02/1948", answer.Value.DateOfBirth);
        var viewed = Assert.Single(_h.Bot.Audit.ForPractice(Riverside), a => a.Surface == PersonalEntries.Surface);
        Assert.Equal(AuditAction.Viewed, viewed.Action);
        Assert.Equal(_samCall.Id, viewed.EntryId);
        Assert.Equal(Sam.Id, viewed.UserId);
    }

    [Fact]
    public void Details_SomeoneElsesEntryOrUnknownId_IsForbiddenAndNotAudited()
    {
        var before = _h.Bot.Audit.ForPractice(Riverside).Count;

        Assert.Equal(403, _h.Personal.Details(_h.Riverside_, Sam, _alexCall.Id).Status);
        Assert.Equal(403, _h.Personal.Details(_h.Riverside_, Sam, Guid.NewGuid()).Status);
        Assert.Equal(403, _h.Personal.Details(_h.Bot.Practices.Find(Hillview)!, Hilda, _samCall.Id).Status);
        Assert.Equal(before, _h.Bot.Audit.ForPractice(Riverside).Count);
        Assert.Equal(200, _h.Personal.Details(_h.Riverside_, Manager, _alexCall.Id).Status);
    }
}
