using System.Runtime.CompilerServices;

namespace CutoverBot.Core.Tests.Parsing;

/// <summary>Loads phrases.txt: one quick entry per line with the fields the parser must read from it.</summary>
internal static class PhraseTable
{
    public static readonly DateOnly Today = new(2026, 11, 26); // a Thursday

    public static TheoryData<int, string, string, string, string, string, string, string, string> Rows()
    {
        var data = new TheoryData<int, string, string, string, string, string, string, string, string>();
        var lines = File.ReadAllLines(Locate());
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split(" | ");
            if (f.Length != 8) throw new InvalidDataException($"phrases.txt line {i + 1} has {f.Length} columns, expected 8.");
            data.Add(i + 1, f[0], f[1].Trim(), f[2].Trim(), f[3].Trim(), f[4].Trim(), f[5].Trim(), f[6].Trim(), f[7].Trim());
        }
        return data;
    }

    // The table sits next to this file; it is read from the source tree so the test project needs no copy rule.
    private static string Locate([CallerFilePath] string source = "")
    {
        var beside = Path.Combine(Path.GetDirectoryName(source) ?? ".", "phrases.txt");
        var output = Path.Combine(AppContext.BaseDirectory, "Parsing", "phrases.txt");
        return File.Exists(output) ? output : beside;
    }
}
