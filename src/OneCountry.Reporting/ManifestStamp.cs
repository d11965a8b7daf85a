using System.Text.Json;
using System.Text.Json.Nodes;
using OneCountry.Experiments;
using OneCountry.Scenarios;

namespace OneCountry.Reporting;

/// <summary>What a manifest records of the command that wrote it, so that <c>onecountry replay</c>
/// can run it again: how it was called, the inputs it set from outside the scenario files (each
/// resolved: the parameter or lever, its month, its value), the seeds it ran, and the per-run files
/// it added.</summary>
public sealed record ManifestRecord(Invocation Invocation, IReadOnlyList<InputAssignment> Inputs, IReadOnlyList<ulong> Seeds)
{
    public IReadOnlyList<string> AddedFiles { get; init; } = [];
}

/// <summary>Adds the <see cref="ManifestRecord"/> and the build (full version, commit) to a
/// folder's manifest.json, atomically.</summary>
public static class ManifestStamp
{
    public const string FileName = "manifest.json";

    public static void Apply(string folder, ManifestRecord record)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return;
        var root = JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject ?? throw new InvalidDataException($"{path}: not a JSON object");
        root["build"] = new JsonObject
        {
            ["version"] = BuildInfo.Version,
            ["commit"] = BuildInfo.Commit,
            ["dirty"] = BuildInfo.Dirty,
        };
        root["command"] = new JsonArray(record.Invocation.Command.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
        root["input_files"] = new JsonArray(record.Invocation.Files.Select(f => (JsonNode?)new JsonObject { ["argument"] = f.Argument, ["sha256"] = f.Sha256 }).ToArray());
        root["set_inputs"] = new JsonArray(record.Inputs.Select(a => (JsonNode?)new JsonObject
        {
            ["name"] = a.Name,
            ["from"] = a.From?.ToString(),
            ["value"] = a.Value,
            ["as_written"] = a.ToString(),
        }).ToArray());
        root["seeds"] = new JsonArray(record.Seeds.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        if (record.AddedFiles.Count > 0 && root["files"] is JsonArray files)
        {
            var listed = files.Select(f => f?.GetValue<string>()).ToHashSet();
            int at = files.Count > 0 && files[^1]?.GetValue<string>() == FileName ? files.Count - 1 : files.Count;
            foreach (var f in record.AddedFiles.Where(f => !listed.Contains(f))) files.Insert(at++, f);
        }
        AtomicFile.Write(path, s => JsonSerializer.Serialize(s, root, TableWriters.ManifestJson));
    }

    /// <summary>Reads what a manifest records of its command; null fields where it records none.</summary>
    public static (IReadOnlyList<string>? Command, IReadOnlyList<InvocationFile> Files, string? Version) Read(string path)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject ?? throw new InvalidDataException("not a JSON object");
        var command = (root["command"] as JsonArray)?.Select(a => a?.GetValue<string>() ?? throw new InvalidDataException("command: an entry is not text")).ToList();
        var files = (root["input_files"] as JsonArray)?.Select(f => new InvocationFile(
            f?["argument"]?.GetValue<string>() ?? throw new InvalidDataException("input_files: an entry without argument"),
            f["sha256"]?.GetValue<string>() ?? throw new InvalidDataException("input_files: an entry without sha256"))).ToList() ?? [];
        string? version = root["build"]?["version"]?.GetValue<string>();
        return (command, files, version);
    }
}
