using System.ComponentModel.DataAnnotations;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Settings of the checklist (section "Checklist"). Validating them loads the catalog, so a broken override file
/// stops start-up with the list of its problems rather than failing on the first morning post.
/// </summary>
public sealed class ChecklistOptions : IValidatableObject
{
    public const string Section = "Checklist";

    /// <summary>A practice-adjusted copy of the cutover calendar (JSON, same shape as the built-in one); empty for the built-in one.</summary>
    public string? CatalogPath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? problem = null;
        try
        {
            CutoverCatalogLoader.Load(CatalogPath);
        }
        catch (CatalogException ex)
        {
            problem = ex.Message;
        }
        if (problem is not null) yield return new ValidationResult(problem, [nameof(CatalogPath)]);
    }
}
