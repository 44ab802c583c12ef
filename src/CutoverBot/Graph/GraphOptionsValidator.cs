using Microsoft.Extensions.Options;

namespace CutoverBot.Graph;

/// <summary>All three Graph credentials or none: half a configuration would fail on the first export instead of at start-up.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var failures = new List<string>();
        var given = new[] { ("Graph:TenantId", options.TenantId), ("Graph:ClientId", options.ClientId), ("Graph:ClientSecret", options.ClientSecret) };
        var missing = given.Where(g => string.IsNullOrWhiteSpace(g.Item2)).Select(g => g.Item1).ToList();
        if (missing.Count is > 0 and < 3)
        {
            failures.Add($"Microsoft Graph is only half set up: {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} missing. " +
                "Set all three (TenantId, ClientId, ClientSecret) to copy the go-live workbook to the channel's Files, or remove the Graph section " +
                "to go without (the workbook is still sent in chat). See \"Microsoft Graph\" in the README.");
        }
        if (!string.IsNullOrWhiteSpace(options.TenantId) && !Guid.TryParse(options.TenantId, out _) && !options.TenantId.Contains('.', StringComparison.Ordinal))
            failures.Add($"Graph:TenantId '{options.TenantId}' is neither a GUID nor a domain. Use the Directory (tenant) ID from the app registration's Overview page.");
        if (!string.IsNullOrWhiteSpace(options.ClientId) && !Guid.TryParse(options.ClientId, out _))
            failures.Add("Graph:ClientId is not a GUID. Use the Application (client) ID from the app registration's Overview page (not the secret's ID).");
        if (!string.IsNullOrWhiteSpace(options.BaseUrl) &&
            (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))))
            failures.Add("Graph:BaseUrl must be an https address such as https://graph.microsoft.com/v1.0. Leave it out unless you use a national cloud.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
