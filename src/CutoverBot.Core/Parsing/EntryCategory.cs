namespace CutoverBot.Core.Parsing;

/// <summary>The kinds of cutover activity the guide says to keep a record of for re-entry after go-live.</summary>
public enum EntryCategory
{
    Call,
    Registration,
    PathResult,
    Consultation,
    HomeVisit,
    Prescription,
    Referral,
    Document,
    Message111,
    OohReport,
    Screening,
    DispensaryStock,
    Other,
}
