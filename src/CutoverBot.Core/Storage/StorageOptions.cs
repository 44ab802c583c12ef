using System.ComponentModel.DataAnnotations;

namespace CutoverBot.Core.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Path of the LiteDB file; relative paths are taken from the bot's working folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:DatabasePath is empty. Set it to where the bot should keep its database file, for example data/cutover.db.")]
    public string DatabasePath { get; set; } = "data/cutover.db";
}
