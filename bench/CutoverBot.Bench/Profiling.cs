namespace CutoverBot.Bench;

/// <summary>
/// Environment for an EventPipe trace of a bot process from its first instruction (CPU samples every millisecond plus
/// GC events), so a profile covers exactly what the benchmark measured. Convert with
/// <c>dotnet-trace convert --format Speedscope FILE.nettrace</c>.
/// </summary>
internal static class Profiling
{
    public static void Add(Dictionary<string, string> settings, string folder, string name)
    {
        Directory.CreateDirectory(folder);
        settings["DOTNET_EnableEventPipe"] = "1";
        settings["DOTNET_EventPipeOutputPath"] = Path.Combine(folder, name + ".nettrace");
        settings["DOTNET_EventPipeConfig"] = "Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:0x1:4";
    }
}
