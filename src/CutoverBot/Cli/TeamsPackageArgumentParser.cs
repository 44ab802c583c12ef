namespace CutoverBot.Cli;

/// <summary>Parses and checks the arguments after <c>teams-package</c>, with messages that say what to give instead.</summary>
internal static class TeamsPackageArgumentParser
{
    private static readonly string[][] Names =
    [
        ["--bot-id"], ["--domain"], ["--website"], ["--privacy"], ["--terms"], ["--app-id"], ["--graph-client-id"], ["--out", "--output", "-o"], ["--manifest-folder"],
    ];

    public static TeamsPackageOptions? Parse(IReadOnlyList<string> args, out string? error, out bool helpRequested)
    {
        var values = CliArguments.Parse(args, Names, out error, out helpRequested);
        if (values is null) return null;
        string? Value(string name) => values.GetValueOrDefault(name);

        error = Guid("--bot-id", Value("--bot-id"), required: true, "the Microsoft App ID on the Azure Bot's Configuration page")
            ?? Domain(Value("--domain"))
            ?? Url("--website", Value("--website"), "your organisation's website")
            ?? Url("--privacy", Value("--privacy"), "your organisation's privacy notice")
            ?? Url("--terms", Value("--terms"), "the terms of use staff agree to (your organisation's IT acceptable use page will do)")
            ?? Guid("--app-id", Value("--app-id"), required: false, "a new GUID, only for a second copy of the app in the same tenant")
            ?? Guid("--graph-client-id", Value("--graph-client-id"), required: false, "the Application (client) ID that Graph:ClientId names");
        if (error is not null) return null;
        return new TeamsPackageOptions(Value("--bot-id")!, Value("--domain")!.ToLowerInvariant(), Value("--website")!, Value("--privacy")!, Value("--terms")!,
            Value("--app-id"), Value("--graph-client-id"), Value("--out") ?? "cutoverbot-teams-app.zip", Value("--manifest-folder"));
    }

    private static string? Guid(string name, string? value, bool required, string what)
    {
        if (value is null) return required ? $"{name} is required: {what}." : null;
        if (!System.Guid.TryParse(value, out var guid) || guid == System.Guid.Empty)
            return $"{name} must be a GUID such as 1a2b3c4d-0000-4000-8000-123456789abc ({what}), not '{value}'.";
        return null;
    }

    private static string? Domain(string? value)
    {
        if (value is null) return "--domain is required: the host name Teams reaches the bot on, e.g. cutoverbot.icb.nhs.uk.";
        if (value.Contains("://", StringComparison.Ordinal) || value.Contains('/') || value.Contains(':'))
            return $"--domain takes the host name only, e.g. cutoverbot.icb.nhs.uk, not '{value}'.";
        if (Uri.CheckHostName(value) != UriHostNameType.Dns || !value.Contains('.'))
            return $"--domain '{value}' is not a host name such as cutoverbot.icb.nhs.uk.";
        return IsExample(value) ? $"--domain '{value}' is an example address: give the bot's real host name." : null;
    }

    private static string? Url(string name, string? value, string what)
    {
        if (value is null) return $"{name} is required: the https address of {what}.";
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            return $"{name} must be an https address (of {what}), not '{value}'.";
        return IsExample(uri.Host) ? $"{name} '{value}' is an example address: give {what}." : null;
    }

    public static bool IsExample(string host) =>
        host.Equals("example.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".example.com", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".example", StringComparison.OrdinalIgnoreCase) || host.Equals("example.org", StringComparison.OrdinalIgnoreCase);
}
