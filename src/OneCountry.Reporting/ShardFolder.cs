using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OneCountry.Experiments;

namespace OneCountry.Reporting;

/// <summary>What a shard's output folder says of itself in <c>shard.json</c>.</summary>
/// <param name="Kind">The command that wrote it ("experiment").</param>
/// <param name="Shard">Which shard, 1 to <paramref name="Shards"/>.</param>
/// <param name="PlanSha256">The SHA-256 of the files a one-machine run writes besides the per-run
/// tables (in <c>merge/</c>): they name the build, the command, its input files' hashes, the --set
/// inputs, the seeds and the plan, so equal hashes mean the same plan of runs.</param>
/// <param name="Build">The full version of the program that wrote it.</param>
/// <param name="Runs">The runs of the whole plan.</param>
/// <param name="Batches">The batches of the plan (of <see cref="PerRunCollector.BatchSize"/> runs) this shard ran, in order.</param>
/// <param name="Inputs">The input columns of the runs table.</param>
/// <param name="Windows">The window columns of the runs table.</param>
/// <param name="Series">Whether the shard wrote the per-run series (series.parquet).</param>
/// <param name="Files">The files a one-machine run writes, in its manifest's order.</param>
/// <param name="MergeFiles">The files of <c>merge/</c>, copied as they are by <c>onecountry merge</c>.</param>
public sealed record ShardInfo(string Kind, int Shard, int Shards, string PlanSha256, string Build, int Runs, IReadOnlyList<int> Batches,
    IReadOnlyList<string> Inputs, IReadOnlyList<string> Windows, bool Series, IReadOnlyList<string> Files, IReadOnlyList<string> MergeFiles);

/// <summary>A shard folder or a set of them that cannot be merged (exit code 2); the message names
/// the folder, file and field, and what to do.</summary>
public sealed class ShardFolderException(string message) : Exception(message);

/// <summary>
/// The output folder of one shard of a command run with <c>--shard i/n</c>, and
/// <c>onecountry merge</c>, which joins the folders of all n shards into exactly the files a
/// one-machine run writes. A shard folder holds <c>shard.json</c> (<see cref="ShardInfo"/>), its
/// runs' rows of the runs table (<c>runs.parquet</c>, a row group per batch, readable like any runs
/// table) and of <c>series.parquet</c>, and in <c>merge/</c> the files a one-machine run writes that
/// do not depend on the runs' results (manifest.json, variables.csv), byte for byte. The merge
/// checks that the shards come from one plan (the same hash of those files, the same build), that
/// none is missing or given twice, and that each holds every run of its batches and no other; then
/// writes the runs table with the same writer, batch by batch, as one machine does.
/// </summary>
public static class ShardFolder
{
    public const string FileName = "shard.json";
    public const string MergeFolder = "merge";
    public const string Format = "onecountry-shard-1";

    /// <summary>The SHA-256 over <paramref name="files"/> of <paramref name="folder"/> (each its name, a NUL, its length and its bytes), as lower-case hex.</summary>
    public static string PlanHash(string folder, IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, f));
            hash.AppendData(Encoding.UTF8.GetBytes($"{f}\0{bytes.Length}\0"));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Writes <c>shard.json</c> into <paramref name="folder"/>, atomically.</summary>
    public static void Write(string folder, ShardInfo info) =>
        AtomicFile.Write(Path.Combine(folder, FileName), s => JsonSerializer.Serialize(s, new JsonObject
        {
            ["format"] = Format,
            ["kind"] = info.Kind,
            ["shard"] = info.Shard,
            ["shards"] = info.Shards,
            ["plan_sha256"] = info.PlanSha256,
            ["build"] = info.Build,
            ["runs"] = info.Runs,
            ["batch_size"] = PerRunCollector.BatchSize,
            ["batches"] = new JsonArray(info.Batches.Select(b => (JsonNode?)b).ToArray()),
            ["inputs"] = new JsonArray(info.Inputs.Select(i => (JsonNode?)i).ToArray()),
            ["windows"] = new JsonArray(info.Windows.Select(w => (JsonNode?)w).ToArray()),
            ["series"] = info.Series,
            ["files"] = new JsonArray(info.Files.Select(f => (JsonNode?)f).ToArray()),
            ["merge_files"] = new JsonArray(info.MergeFiles.Select(f => (JsonNode?)f).ToArray()),
        }, TableWriters.ManifestJson));

    /// <summary>Reads a shard folder's <c>shard.json</c>.</summary>
    /// <exception cref="ShardFolderException">no such folder or file, not JSON, a field missing or of the wrong kind.</exception>
    public static ShardInfo Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!Directory.Exists(folder)) throw new ShardFolderException($"{folder}: no such folder");
        if (!File.Exists(path))
            throw new ShardFolderException($"{folder}: not a shard's output folder (it has no {FileName}; a shard is written by a command given --shard i/n, or run in a Slurm job array or a Kubernetes Indexed Job)");
        JsonObject root;
        try { root = JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject ?? throw new ShardFolderException($"{path}: not a JSON object"); }
        catch (JsonException e) { throw new ShardFolderException($"{path}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: not JSON: {e.Message}"); }
        T Field<T>(string name)
        {
            try { return root[name] is { } node ? node.GetValue<T>() : throw new ShardFolderException($"{path}: field '{name}' is missing"); }
            catch (Exception e) when (e is InvalidOperationException or FormatException) { throw new ShardFolderException($"{path}: field '{name}' is not a {typeof(T).Name}"); }
        }
        IReadOnlyList<T> List<T>(string name)
        {
            if (root[name] is not JsonArray array) throw new ShardFolderException($"{path}: field '{name}' is missing or not a list");
            try { return array.Select(n => n is null ? throw new ShardFolderException($"{path}: field '{name}': an entry is null") : n.GetValue<T>()).ToList(); }
            catch (Exception e) when (e is InvalidOperationException or FormatException) { throw new ShardFolderException($"{path}: field '{name}': an entry is not a {typeof(T).Name}"); }
        }
        string format = Field<string>("format");
        if (format != Format) throw new ShardFolderException($"{path}: field 'format' is '{format}', not {Format}: written by another version of onecountry");
        if (Field<int>("batch_size") != PerRunCollector.BatchSize)
            throw new ShardFolderException($"{path}: field 'batch_size' is {Field<int>("batch_size")}, not {PerRunCollector.BatchSize}: written by another version of onecountry");
        var info = new ShardInfo(Field<string>("kind"), Field<int>("shard"), Field<int>("shards"), Field<string>("plan_sha256"), Field<string>("build"),
            Field<int>("runs"), List<int>("batches"), List<string>("inputs"), List<string>("windows"), Field<bool>("series"), List<string>("files"), List<string>("merge_files"));
        if (info.Shards < 1 || info.Shard < 1 || info.Shard > info.Shards)
            throw new ShardFolderException($"{path}: fields 'shard' and 'shards' ({info.Shard} of {info.Shards}) are not a shard i of n, 1 <= i <= n");
        foreach (var f in info.MergeFiles)
            if (f.Length == 0 || f != Path.GetFileName(f)) throw new ShardFolderException($"{path}: field 'merge_files': '{f}' is not a file name");
        return info;
    }

    /// <summary>Checks that <paramref name="shards"/> are all the shards of one plan, complete and
    /// disjoint, and writes into <paramref name="folder"/> the files a one-machine run writes;
    /// returns the shards' info (in shard order) and the files written.</summary>
    /// <exception cref="ShardFolderException">what makes them not one whole plan; nothing useful has been written then.</exception>
    public static (ShardInfo Plan, IReadOnlyList<string> Files) Merge(IReadOnlyList<string> shards, string folder)
    {
        if (shards.Count == 0) throw new ShardFolderException("give the shard folders to merge");
        var infos = shards.Select(s => (Folder: s, Info: Read(s))).ToList();
        var (firstFolder, first) = infos[0];
        foreach (var (f, info) in infos.Skip(1))
        {
            if (info.Kind != first.Kind) throw new ShardFolderException($"{f} is a shard of '{info.Kind}', {firstFolder} of '{first.Kind}': merge the shards of one command");
            if (info.PlanSha256 != first.PlanSha256 || info.Shards != first.Shards || info.Runs != first.Runs)
                throw new ShardFolderException($"{f} and {firstFolder} are shards of different plans (plan_sha256 {info.PlanSha256[..12]}… of {info.Shards} shards against {first.PlanSha256[..12]}… of {first.Shards}): every shard must run the same command (design, scenario, --set, seed, scale, world) with the same build, cut into the same number of shards");
        }
        if (first.Build != BuildInfo.Version)
            throw new ShardFolderException($"{firstFolder}: the shards were written by onecountry {first.Build}; this is {BuildInfo.Version}: merge with the build that ran them, so that the files are the ones it writes");
        var byShard = new Dictionary<int, string>();
        foreach (var (f, info) in infos)
        {
            if (byShard.TryGetValue(info.Shard, out var other))
                throw new ShardFolderException($"shard {info.Shard}/{info.Shards} is given twice: {other} and {f}");
            byShard[info.Shard] = f;
        }
        var missing = Enumerable.Range(1, first.Shards).Where(i => !byShard.ContainsKey(i)).ToList();
        if (missing.Count > 0)
            throw new ShardFolderException($"shard{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Take(10).Select(i => $"{i}/{first.Shards}"))}{(missing.Count > 10 ? ", …" : "")} missing: give all {first.Shards} shard folders (a shard that failed can be run again with --resume)");

        // Each shard's batches: the ones its index gives, each whole in its runs table (and series).
        var runs = new SortedDictionary<int, IReadOnlyList<RunRecord>>();
        var series = new SortedDictionary<int, (string File, int? Group)>();
        var layout = new RunsLayout(first.Inputs, first.Windows);
        foreach (var (f, info) in infos.OrderBy(x => x.Info.Shard))
        {
            if (!info.Inputs.SequenceEqual(first.Inputs) || !info.Windows.SequenceEqual(first.Windows) || info.Series != first.Series || !info.MergeFiles.SequenceEqual(first.MergeFiles) || !info.Files.SequenceEqual(first.Files))
                throw new ShardFolderException($"{Path.Combine(f, FileName)}: its table layout or files differ from {Path.Combine(firstFolder, FileName)}'s under the same plan hash: the file was edited");
            string merge = Path.Combine(f, MergeFolder);
            foreach (var m in info.MergeFiles)
                if (!File.Exists(Path.Combine(merge, m))) throw new ShardFolderException($"{f}: {MergeFolder}/{m} is missing: the shard folder is incomplete");
            if (PlanHash(merge, info.MergeFiles) != info.PlanSha256)
                throw new ShardFolderException($"{f}: the files of {MergeFolder}/ do not match the shard's plan_sha256: they were changed after the shard was written");
            var spec = new ShardSpec(info.Shard - 1, info.Shards, "shard.json");
            var expected = spec.Batches(info.Runs).ToList();
            if (!info.Batches.SequenceEqual(expected))
                throw new ShardFolderException($"{Path.Combine(f, FileName)}: field 'batches' ({Describe(info.Batches)}) is not shard {spec}'s ({Describe(expected)})");
            string table = Path.Combine(f, RunTables.RunsFile);
            if (!File.Exists(table)) throw new ShardFolderException($"{f}: {RunTables.RunsFile} is missing: the shard did not finish (run it again, with --resume to keep its finished runs)");
            IReadOnlyList<IReadOnlyList<RunRecord>> groups;
            try { groups = RunTables.ReadRuns(table, layout); }
            catch (InvalidDataException e) { throw new ShardFolderException($"{table}: {e.Message}"); }
            if (groups.Count != expected.Count)
                throw new ShardFolderException($"{table}: {groups.Count} batch(es) where shard {spec} of a plan of {info.Runs} runs has {expected.Count}: the shard is incomplete");
            for (int k = 0; k < expected.Count; k++)
            {
                int b = expected[k], from = b * PerRunCollector.BatchSize, size = Math.Min(PerRunCollector.BatchSize, info.Runs - from);
                var ids = groups[k].Select(r => r.RunId).ToList();
                if (!ids.SequenceEqual(Enumerable.Range(from, size)))
                    throw new ShardFolderException($"{table}: row group {k} holds runs {Describe(ids)}, not batch {b}'s runs {from} to {from + size - 1}: the shard is incomplete or not of this plan");
                runs[b] = groups[k];
            }
            if (info.Series)
            {
                string s = Path.Combine(f, RunTables.SeriesFile);
                if (!File.Exists(s)) throw new ShardFolderException($"{f}: {RunTables.SeriesFile} is missing though the shard was run with --per-run-series");
                IReadOnlyList<int[]> seriesIds;
                try { seriesIds = RunTables.SeriesRunIds(s); }
                catch (Exception e) when (e is not IOException and not UnauthorizedAccessException) { throw new ShardFolderException($"{s}: not a per-run series file ({e.Message})"); }
                if (seriesIds.Count != expected.Count) throw new ShardFolderException($"{s}: {seriesIds.Count} batch(es) where the shard has {expected.Count}: the shard is incomplete");
                for (int k = 0; k < expected.Count; k++)
                {
                    if (!seriesIds[k].Order().SequenceEqual(runs[expected[k]].Select(r => r.RunId)))
                        throw new ShardFolderException($"{s}: row group {k} is not the series of batch {expected[k]}'s runs");
                    series[expected[k]] = (s, k);
                }
            }
        }

        foreach (var m in first.MergeFiles) File.Copy(Path.Combine(byShard[1], MergeFolder, m), Path.Combine(folder, m), overwrite: true);
        RunTables.WriteRuns(Path.Combine(folder, RunTables.RunsFile), layout, runs.Values);
        if (first.Series) RunTables.MergeSeries(Path.Combine(folder, RunTables.SeriesFile), series.Values.ToList());
        var written = first.Files.Where(f => File.Exists(Path.Combine(folder, f))).ToList();
        var absent = first.Files.Except(written).ToList();
        if (absent.Count > 0) throw new ShardFolderException($"the shards do not hold {string.Join(", ", absent)}, which the one-machine run writes");
        return (first, written);
    }

    private static string Describe(IReadOnlyList<int> xs) =>
        xs.Count == 0 ? "none" : xs.Count <= 6 ? string.Join(", ", xs) : $"{string.Join(", ", xs.Take(3))}, … {xs[^1]} ({xs.Count})";
}
