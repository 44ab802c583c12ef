using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>A validated correction of an entry's fields, as submitted from the form.</summary>
public sealed record EntryEdit
{
    public FieldChange<string?>? PatientName { get; init; }
    public FieldChange<DateOnly?>? DateOfBirth { get; init; }
    public FieldChange<string?>? NhsNumber { get; init; }
    public FieldChange<string?>? Details { get; init; }
    public FieldChange<DateOnly?>? OccurredOn { get; init; }
    public FieldChange<string?>? Ubrn { get; init; }
    public FieldChange<PrescriptionChannel?>? PrescriptionChannel { get; init; }
    /// <summary>The kind of entry; its reference keeps the prefix it was given, since it may already be on paper.</summary>
    public FieldChange<EntryCategory>? Category { get; init; }

    /// <summary>True when the entry would end up with a date of birth after the day it happened.</summary>
    public bool PutsBirthAfterEvent(Entry entry) =>
        (DateOfBirth is { } d ? d.Value : entry.Patient.DateOfBirth) is { } born
        && (OccurredOn is { } o ? o.Value : entry.OccurredOn) is { } on && born > on;

    /// <summary>Changes the entry and lists what changed. Patient fields are named but their values never recorded.</summary>
    internal List<AuditChange> ApplyTo(Entry entry)
    {
        var changes = new List<AuditChange>();
        var p = entry.Patient;
        if (PatientName is { } n && n.Value != p.Name) { p.Name = n.Value; changes.Add(Patient(EntryFields.PatientName)); }
        if (DateOfBirth is { } d && d.Value != p.DateOfBirth) { p.DateOfBirth = d.Value; changes.Add(Patient(EntryFields.DateOfBirth)); }
        if (NhsNumber is { } h && h.Value != p.NhsNumber) { p.NhsNumber = h.Value; changes.Add(Patient(EntryFields.NhsNumber)); }
        if (Details is { } t && t.Value != p.Text) { p.Text = t.Value; changes.Add(Patient(EntryFields.Details)); }
        if (OccurredOn is { } o && o.Value != entry.OccurredOn)
        {
            changes.Add(Plain(EntryFields.OccurredOn, UkFormat.IsoDate(entry.OccurredOn), UkFormat.IsoDate(o.Value)));
            entry.OccurredOn = o.Value;
        }
        // A UBRN identifies the patient's referral: named like the patient fields, its values never recorded.
        if (Ubrn is { } u && u.Value != entry.Ubrn) { entry.Ubrn = u.Value; changes.Add(Patient(EntryFields.Ubrn)); }
        if (Category is { } k && k.Value != entry.Category)
        {
            changes.Add(Plain(EntryFields.Category, EntryCategoryInfo.For(entry.Category).Slug, EntryCategoryInfo.For(k.Value).Slug));
            entry.Category = k.Value;
        }
        if (PrescriptionChannel is { } c && c.Value != entry.PrescriptionChannel)
        {
            changes.Add(Plain(EntryFields.PrescriptionChannel, EntryFields.ChannelValue(entry.PrescriptionChannel), EntryFields.ChannelValue(c.Value)));
            entry.PrescriptionChannel = c.Value;
        }
        return changes;
    }

    private static AuditChange Patient(string field) => new() { Field = field, IsPatientField = true };

    private static AuditChange Plain(string field, string? old, string? @new) =>
        new() { Field = field, Old = string.IsNullOrEmpty(old) ? null : old, New = string.IsNullOrEmpty(@new) ? null : @new };
}
