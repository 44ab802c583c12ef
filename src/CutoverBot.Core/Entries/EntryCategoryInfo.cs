using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>What the product says about each category: its stable slug, its reference prefix, its label and what it needs before it can be re-entered.</summary>
public sealed record EntryCategoryInfo(
    EntryCategory Category,
    string Slug,
    string ReferencePrefix,
    string Label,
    RequiredFields Required)
{
    public static IReadOnlyList<EntryCategoryInfo> All { get; } =
    [
        new(EntryCategory.Call, "call", "CALL", "Phone call", RequiredFields.PatientName | RequiredFields.DateOfBirth | RequiredFields.OccurredOn),
        new(EntryCategory.Registration, "registration", "REG", "New registration", RequiredFields.PatientName | RequiredFields.DateOfBirth),
        new(EntryCategory.PathResult, "path_result", "PATH", "Paper pathology result", RequiredFields.PatientName | RequiredFields.DateOfBirth | RequiredFields.OccurredOn),
        new(EntryCategory.Consultation, "consultation", "CONS", "Consultation", RequiredFields.PatientName | RequiredFields.DateOfBirth | RequiredFields.OccurredOn),
        new(EntryCategory.HomeVisit, "home_visit", "HV", "Home visit", RequiredFields.PatientName | RequiredFields.DateOfBirth | RequiredFields.OccurredOn),
        new(EntryCategory.Prescription, "prescription", "RX", "Prescription request", RequiredFields.PatientName | RequiredFields.DateOfBirth | RequiredFields.OccurredOn),
        new(EntryCategory.Referral, "referral", "REF", "Referral", RequiredFields.PatientName | RequiredFields.DateOfBirth | RequiredFields.Ubrn),
        new(EntryCategory.Document, "document", "DOC", "Document to scan", RequiredFields.PatientName | RequiredFields.DateOfBirth),
        new(EntryCategory.Message111, "message_111", "111", "111 message", RequiredFields.PatientName | RequiredFields.DateOfBirth | RequiredFields.OccurredOn),
        new(EntryCategory.OohReport, "ooh_report", "OOH", "Out-of-hours report", RequiredFields.PatientName | RequiredFields.DateOfBirth | RequiredFields.OccurredOn),
        new(EntryCategory.Screening, "screening", "SCR", "Screening message", RequiredFields.PatientName | RequiredFields.DateOfBirth),
        new(EntryCategory.DispensaryStock, "dispensary_stock", "STOCK", "Dispensary stock", RequiredFields.None),
        new(EntryCategory.Other, "other", "NOTE", "Note", RequiredFields.None),
    ];

    public static EntryCategoryInfo For(EntryCategory category) => All[(int)category];

    public static EntryCategoryInfo? FromSlug(string slug) =>
        All.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
