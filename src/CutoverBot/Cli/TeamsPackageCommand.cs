using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CutoverBot.Cli;

/// <summary>
/// teams-package: writes the Teams app package (manifest.json, color.png, outline.png at the root of a zip) for one
/// deployment. The manifest and icons are the committed ones in manifest/, built into the bot, so this runs wherever
/// the bot does, a container included; --manifest-folder takes an edited copy instead. It refuses to write a package
/// that still holds a placeholder or a wrong-sized icon.
/// </summary>
internal sealed class TeamsPackageCommand(TeamsPackageOptions options, TextWriter messages)
{
    private static readonly (string Name, int Size)[] Icons = [("color.png", 192), ("outline.png", 32)];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, TextWriter messages)
    {
        var options = TeamsPackageArgumentParser.Parse(args, out var error, out var helpRequested);
        if (helpRequested) return Usage(null, messages, CliExitCodes.Ok);
        if (options is null) return Usage(error, messages, CliExitCodes.BadUsage);
        try
        {
            return new TeamsPackageCommand(options, messages).Run();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException)
        {
            messages.WriteLine($"The package was not written: {e.Message}");
            return CliExitCodes.Unexpected;
        }
    }

    public int Run()
    {
        if (options.ManifestFolder is { } folder && !Directory.Exists(folder))
        {
            messages.WriteLine($"The package was not written: the folder {Path.GetFullPath(folder)} does not exist.");
            return CliExitCodes.BadUsage;
        }
        var manifest = TeamsManifestBuilder.Build(System.Text.Encoding.UTF8.GetString(Source("manifest.json")), options);
        var left = TeamsManifestBuilder.SurvivingPlaceholders(manifest);
        if (left.Count > 0)
        {
            messages.WriteLine("The package was not written: manifest.json would still hold placeholders Teams would show or reject:");
            foreach (var place in left) messages.WriteLine("  " + place);
            return CliExitCodes.BadUsage;
        }
        var icons = Icons.Select(i => (i.Name, i.Size, Bytes: Source(i.Name))).ToList();
        foreach (var (name, size, bytes) in icons)
        {
            if (PngSize(bytes) is var (width, height) && (width, height) == (size, size)) continue;
            messages.WriteLine($"The package was not written: {name} must be a {size}x{size} PNG, as Teams requires" +
                               (PngSize(bytes) is var (w, h) ? $"; it is {w}x{h}." : "; it is not a PNG."));
            return CliExitCodes.BadUsage;
        }

        var target = Path.GetFullPath(options.OutputPath);
        var temporary = target + ".tmp";
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, Indented));
            foreach (var (name, _, bytes) in icons) Add(zip, name, bytes);
        }
        File.Move(temporary, target, overwrite: true);
        messages.WriteLine($"Wrote {target}: bot {options.BotId}, domain {options.Domain}, app id {manifest["id"]}" +
                           (options.GraphClientId is null ? "." : $", resource-specific consent {TeamsManifestBuilder.TeamFilesPermission} for {options.GraphClientId}."));
        messages.WriteLine("Upload it in the Teams admin centre (Teams apps > Manage apps > Upload new app), or in Teams: Apps > Manage your apps > Upload an app.");
        return CliExitCodes.Ok;
    }

    // Fixed entry times, so the same inputs give the same zip.
    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static (int Width, int Height)? PngSize(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(signature)) return null;
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    private byte[] Source(string name) =>
        options.ManifestFolder is { } folder ? File.ReadAllBytes(Path.Combine(folder, name)) : BuiltIn(name);

    private static byte[] BuiltIn(string name)
    {
        using var stream = typeof(TeamsPackageCommand).Assembly.GetManifestResourceStream("CutoverBot.Manifest." + name)
            ?? throw new InvalidDataException($"manifest/{name} is not built into this copy of the bot.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static int Usage(string? error, TextWriter messages, int code)
    {
        if (error is not null)
        {
            messages.WriteLine(error);
            messages.WriteLine();
        }
        messages.WriteLine(CliUsage.TeamsPackage);
        return code;
    }
}
