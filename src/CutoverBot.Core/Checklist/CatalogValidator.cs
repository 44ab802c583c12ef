using System.Text.RegularExpressions;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

// Turns the people-written file into tasks, collecting every problem instead of stopping at the first.
internal static partial class CatalogValidator
{
    public const int MaxTitle = 80;
    public const int MaxGuidance = 240;

    /// <summary>Every daily task is a row on each card of its window: more would crowd the card towards Teams' 28 KB limit.</summary>
    public const int MaxDailyTasks = 10;

    public static List<CutoverTask> Tasks(List<CatalogTaskDto?>? dtos, List<string> problems)
    {
        var tasks = new List<CutoverTask>();
        if (dtos is null || dtos.Count == 0)
        {
            problems.Add("there are no tasks (\"tasks\": [...]).");
            return tasks;
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i];
            var where = $"task {i + 1}" + (string.IsNullOrWhiteSpace(dto?.Id) ? "" : $" ({dto.Id})");
            if (dto is null) { problems.Add($"{where} is empty."); continue; }
            var before = problems.Count;
            var id = CheckId(dto.Id, where, seen, problems);
            Require(dto.Title, "title", MaxTitle, where, problems);
            Require(dto.Guidance, "guidance", MaxGuidance, where, problems);
            var audience = Audience(dto.Audience, where, problems);
            var from = DayOffset.TryParse(dto.From);
            if (from is null) problems.Add($"{where}: \"from\" must look like fdp-28, fdp, golive or golive+3 (got \"{dto.From}\").");
            var to = dto.To is null ? from : DayOffset.TryParse(dto.To);
            if (to is null && dto.To is not null) problems.Add($"{where}: \"to\" must look like fdp-1 or golive+3 (got \"{dto.To}\").");
            if (from is { } f && to is { } t && !InOrder(f, t)) problems.Add($"{where}: \"to\" ({t}) comes before \"from\" ({f}).");
            if (dto.Daily && from is { } df && to is { } dt && df == dt)
                problems.Add($"{where}: a daily task repeats every day of its window, but \"from\" and \"to\" are both {df}; give it a longer window or leave \"daily\" out.");
            var counts = Counts(dto.Counts, where, problems);
            if (problems.Count == before)
            {
                tasks.Add(new CutoverTask(id!, dto.Title!.Trim(), dto.Guidance!.Trim(), audience, from!.Value, to!.Value, dto.DispensingOnly, dto.Daily, counts));
            }
        }
        var daily = tasks.Count(t => t.Daily);
        if (daily > MaxDailyTasks)
            problems.Add($"there are {daily} daily tasks: keep to {MaxDailyTasks} at most, so each day's card stays readable and within Teams' size limit.");
        return tasks;
    }

    public static List<StandingReminder> Reminders(List<CatalogReminderDto?>? dtos, List<string> problems)
    {
        var reminders = new List<StandingReminder>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var dto = dtos![i];
            var where = $"reminder {i + 1}" + (string.IsNullOrWhiteSpace(dto?.Id) ? "" : $" ({dto.Id})");
            if (dto is null) { problems.Add($"{where} is empty."); continue; }
            var before = problems.Count;
            var id = CheckId(dto.Id, where, seen, problems);
            Require(dto.Text, "text", MaxGuidance, where, problems);
            var phases = new List<CutoverPhase>();
            foreach (var name in dto.Phases ?? [])
            {
                if (PhaseNames.FromSlug(name) is { } phase) phases.Add(phase);
                else problems.Add($"{where}: unknown phase \"{name}\" (use {string.Join(", ", PhaseNames.AllSlugs)}).");
            }
            if (phases.Count == 0 && problems.Count == before) problems.Add($"{where}: \"phases\" must name at least one phase.");
            if (problems.Count == before) reminders.Add(new StandingReminder(id!, dto.Text!.Trim(), phases, dto.DispensingOnly));
        }
        return reminders;
    }

    // A window may run from an FDP day to a go-live day, never the other way round.
    private static bool InOrder(DayOffset from, DayOffset to) =>
        from.Anchor == to.Anchor ? from.Days <= to.Days : from.Anchor == CutoverAnchor.Fdp;

    private static string? CheckId(string? id, string where, HashSet<string> seen, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(id) || !IdShape().IsMatch(id))
        {
            problems.Add($"{where}: \"id\" must be 2 to 24 lower-case letters, digits and single hyphens, like third-parties.");
            return null;
        }
        if (!seen.Add(id)) problems.Add($"{where}: the id \"{id}\" is used twice.");
        return id;
    }

    private static void Require(string? value, string field, int max, string where, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add($"{where}: \"{field}\" is missing.");
        else if (value.Trim().Length > max) problems.Add($"{where}: \"{field}\" is longer than {max} characters.");
    }

    private static List<TaskAudience> Audience(List<string?>? names, string where, List<string> problems)
    {
        var audience = new List<TaskAudience>();
        if (names is null || names.Count == 0)
        {
            problems.Add($"{where}: \"audience\" must name at least one of {string.Join(", ", TaskAudienceNames.AllSlugs)}.");
            return audience;
        }
        foreach (var name in names)
        {
            if (TaskAudienceNames.FromSlug(name) is { } a) { if (!audience.Contains(a)) audience.Add(a); }
            else problems.Add($"{where}: unknown audience \"{name}\" (use {string.Join(", ", TaskAudienceNames.AllSlugs)}).");
        }
        return audience;
    }

    // The kinds of entry whose number still to re-enter is shown beside the task, by the slugs the exports use.
    private static List<EntryCategory> Counts(List<string?>? slugs, string where, List<string> problems)
    {
        var counts = new List<EntryCategory>();
        foreach (var slug in slugs ?? [])
        {
            if (string.Equals(slug?.Trim(), "all", StringComparison.OrdinalIgnoreCase)) counts.AddRange(EntryCategoryInfo.All.Select(c => c.Category));
            else if (EntryCategoryInfo.FromSlug(slug?.Trim() ?? "") is { } info) counts.Add(info.Category);
            else problems.Add($"{where}: unknown kind of entry \"{slug}\" in \"counts\" (use all, or {string.Join(", ", EntryCategoryInfo.All.Select(c => c.Slug))}).");
        }
        return counts.Distinct().ToList();
    }

    [GeneratedRegex("^(?=.{2,24}$)[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();
}
