using System.Text.Json.Serialization;

namespace CutoverBot.Core.Checklist;

// The file's shape as written by people: plain strings, checked and converted by CutoverCatalogLoader.
internal sealed class CatalogFileDto
{
    [JsonPropertyName("_readme")]
    public string? Readme { get; set; }
    public List<CatalogTaskDto?>? Tasks { get; set; }
    public List<CatalogReminderDto?>? Reminders { get; set; }
}

internal sealed class CatalogTaskDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Guidance { get; set; }
    public List<string?>? Audience { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public bool DispensingOnly { get; set; }
    public bool Daily { get; set; }
    public List<string?>? Counts { get; set; }
}

internal sealed class CatalogReminderDto
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public List<string?>? Phases { get; set; }
    public bool DispensingOnly { get; set; }
}
