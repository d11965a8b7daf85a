using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using OneCountry.Cli;
using Spectre.Console;
using Xunit.Abstractions;

namespace OneCountry.Cli.Tests;

/// <summary>
/// Issue 11, "must show": the shipped scenarios mutated line by line (deleted, duplicated,
/// swapped, truncated, values of the wrong type, out of range, huge, NaN, unicode, indentation),
/// as binary garbage and in structural ways (lists for mappings, deep nesting, empty files, a
/// byte-order mark, CRLF, aliases, extends chains), each through the command line's own entry
/// point: <c>validate</c>, and for a sample of those that validate, a short <c>run</c> at a coarse
/// scale. Every case must end with exit code 0 or 2 (a run also 1 with "run failed:", the
/// documented run-failure), print no stack trace, and name file:line:column in every error line.
/// Seeded: the same cases every time.
/// </summary>
[Trait("Category", "Fuzz")]
public class ScenarioFuzzTests(CliFixture f, ITestOutputHelper log) : IClassFixture<CliFixture>
{
    private const int Seed = 1921;
    private const int MaxRuns = 16;

    /// <summary>One mutated scenario: its kind (for the counts), what was done, and the files to
    /// write (the first is validated; the others lie beside it, for extends).</summary>
    private sealed record Case(string Kind, string What, string FileName, byte[] Bytes, IReadOnlyList<(string Name, byte[] Bytes)>? Beside = null)
    {
        /// <summary>Whether the mutation touches the scenario itself (not only a comment or a blank line): worth running.</summary>
        public bool Substantive { get; init; } = true;
    }

    private static readonly UTF8Encoding Utf8 = new(false);
    private static byte[] B(string s) => Utf8.GetBytes(s);

    private static readonly string[] WrongTypes = ["[1, 2]", "{a: 1}", "text", "true", "", "~", "- x", "'1921-03'", "\"\"", "[]", "{}", "1921-13", "0x10", "1_000", "12:30", "2021-02-30"];
    private static readonly string[] OutOfRange = ["-1", "-0.5", "0", "1e9", "-1e9", "1000000000", "2", "1.0000001", "-1921", "0.0", "3", "1941-07", "1920-12", "1999-01", "0000-00"];
    private static readonly string[] Huge = ["1e308", "1e400", "-1e400", "99999999999999999999999999", "18446744073709551616", "18446744073709551615", "-9223372036854775809", "1" + new string('0', 400), "0." + new string('0', 400) + "1", "4.9e-324", "-0"];
    private static readonly string[] NotNumbers = [".nan", "NaN", ".NaN", ".inf", "-.inf", "+.inf", "Infinity", "-Infinity", "nan", "inf", "1e", "--1", "+-1", "1..2", "1,5"];
    private static readonly string[] Unicode = ["名前", "\u202Eevil", "😀", "\u200B", "e\u0301", "Ω", "\"\\0\"", "\"a\\nb\"", "\"\\u2028\"", "\"\\uD800\"", "\"\\U0010FFFF\"", "\"\\x00\"", "'\t'", "ｈｉｓｔｏｒｉｃａｌ", "\uFEFFname", "\"\\e[31mred\"", "\u0000"];
    private static readonly string[] Garbage = [":", "::", "&", "*", "!", "|", ">", "%", "@", "`", "{", "[", "\"", "'", "#", "? ", "- ", ": :", "&a *a", "!!binary", "<<: *x", "\\", "\t", "}", "]", ",", "&&", "**"];

    private static readonly string[] LineOps = ["delete", "duplicate", "swap", "truncate", "wrong-type", "out-of-range", "huge", "not-a-number", "unicode", "indentation", "key", "garbage"];

    /// <summary>The value part of a line (after "key: " or "- "), or null when it has none.</summary>
    private static (string Head, string Value)? Split(string line)
    {
        int colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0) return (line[..(colon + 2)], line[(colon + 2)..]);
        if (line.TrimEnd().EndsWith(':')) return (line.TrimEnd() + " ", "");
        string trimmed = line.TrimStart();
        if (trimmed.StartsWith("- ", StringComparison.Ordinal)) return (line[..(line.Length - trimmed.Length + 2)], trimmed[2..]);
        return null;
    }

    private static string Pick(Random r, string[] values) => values[r.Next(values.Length)];

    private static string WithValue(string line, string value, Random r) =>
        Split(line) is { } s ? s.Head + value : line.Length == 0 ? value : line + " " + value;

    private static List<string> MutateLine(List<string> lines, int i, string op, Random r)
    {
        var m = new List<string>(lines);
        string line = m[i];
        switch (op)
        {
            case "delete": m.RemoveAt(i); break;
            case "duplicate": m.Insert(i, line); break;
            case "swap":
                int j = i + 1 < m.Count ? i + 1 : Math.Max(0, i - 1);
                (m[i], m[j]) = (m[j], m[i]);
                break;
            case "truncate": m[i] = line[..r.Next(line.Length + 1)]; if (r.Next(3) == 0) m.RemoveRange(i + 1, m.Count - i - 1); break;
            case "wrong-type": m[i] = WithValue(line, Pick(r, WrongTypes), r); break;
            case "out-of-range": m[i] = WithValue(line, Pick(r, OutOfRange), r); break;
            case "huge": m[i] = WithValue(line, Pick(r, Huge), r); break;
            case "not-a-number": m[i] = WithValue(line, Pick(r, NotNumbers), r); break;
            case "unicode": m[i] = r.Next(2) == 0 ? WithValue(line, Pick(r, Unicode), r) : line.Insert(r.Next(line.Length + 1), Pick(r, Unicode)); break;
            case "indentation":
                string body = line.TrimStart();
                int indent = line.Length - body.Length;
                m[i] = r.Next(5) switch
                {
                    0 => new string(' ', indent + 1) + body,
                    1 => new string(' ', Math.Max(0, indent - 1 - r.Next(2))) + body,
                    2 => "\t" + body,
                    3 => new string(' ', indent + 2 + 2 * r.Next(3)) + body,
                    _ => body,
                };
                break;
            case "key":
                int c = line.IndexOf(':');
                string indentText = line[..(line.Length - line.TrimStart().Length)];
                string key = r.Next(8) switch
                {
                    0 => "[a, b]", 1 => "{k: v}", 2 => "? x", 3 => Pick(r, Unicode), 4 => "nmae", 5 => new string('k', 300), 6 => "\"\"", _ => "parameters",
                };
                m[i] = c >= 0 ? indentText + key + line[c..] : indentText + key + ": " + line.TrimStart();
                break;
            default:
                m[i] = line.Insert(r.Next(line.Length + 1), Pick(r, Garbage));
                break;
        }
        return m;
    }

    private IEnumerable<Case> Cases()
    {
        var r = new Random(Seed);
        string folder = Path.Combine(f.Root, "scenarios");
        var files = Directory.GetFiles(folder, "*.yaml").OrderBy(x => x, StringComparer.Ordinal).ToList();
        var shipped = files.ToDictionary(x => Path.GetFileName(x), File.ReadAllText);
        string historical = shipped["historical.yaml"];

        // Mutations of every line of every shipped scenario: historical's lines two operators each,
        // one rotating through all of them (so each kind meets every part of the file) and one drawn;
        // the short scenarios that extend it four each.
        for (int fi = 0; fi < files.Count; fi++)
        {
            string name = Path.GetFileName(files[fi]);
            var lines = shipped[name].Replace("\r\n", "\n").Split('\n').ToList();
            int perLine = name == "historical.yaml" ? 2 : 4;
            for (int i = 0; i < lines.Count; i++)
                foreach (var op in Enumerable.Range(0, perLine).Select(k => k == 0 ? LineOps[(i + fi) % LineOps.Length] : LineOps[r.Next(LineOps.Length)]))
                {
                    bool substantive = lines[i].Trim().Length > 0 && !lines[i].TrimStart().StartsWith('#');
                    var text = string.Join("\n", MutateLine(lines, i, op, r));
                    // Every seventh mutated historical also sits under an unchanged child that extends it.
                    IReadOnlyList<(string, byte[])>? beside = null;
                    string file = name;
                    if (name == "historical.yaml" && i % 7 == 0)
                    {
                        beside = [("historical.yaml", B(text))];
                        yield return new Case(op, $"{name}:{i + 1} {op}, under german-october", "german-october.yaml", B(shipped["german-october.yaml"]), beside) { Substantive = substantive };
                        continue;
                    }
                    yield return new Case(op, $"{name}:{i + 1} {op}", file, B(text)) { Substantive = substantive };
                }
        }

        // Encodings and line endings.
        foreach (var (name, text) in shipped)
        {
            yield return new Case("crlf", $"{name} with CRLF", name, B(text.Replace("\n", "\r\n")));
            yield return new Case("bom", $"{name} with a byte-order mark", name, [0xEF, 0xBB, 0xBF, .. B(text)]);
        }
        yield return new Case("crlf", "historical with CR alone", "historical.yaml", B(historical.Replace("\n", "\r")));
        yield return new Case("crlf", "historical with mixed endings", "historical.yaml", B(string.Concat(historical.Split('\n').Select((l, i) => l + (i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r")))));
        yield return new Case("bom", "a byte-order mark alone", "bom.yaml", [0xEF, 0xBB, 0xBF]);
        yield return new Case("bom", "two byte-order marks", "bom2.yaml", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. B(historical)]);
        yield return new Case("bom", "a byte-order mark inside", "bom3.yaml", B(historical.Insert(historical.IndexOf("name:", StringComparison.Ordinal), "\uFEFF")));
        yield return new Case("encoding", "UTF-16 LE with its mark", "utf16.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(historical)]);
        yield return new Case("encoding", "UTF-16 BE with its mark", "utf16be.yaml", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(historical)]);
        yield return new Case("encoding", "UTF-32", "utf32.yaml", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(historical)]);
        yield return new Case("encoding", "Latin-1 bytes in a note", "latin1.yaml", [.. B(historical[..historical.IndexOf("note:", StringComparison.Ordinal)]), .. Encoding.Latin1.GetBytes("note: caf\u00e9 \u00ff\u00fe\n"), .. B(historical[historical.IndexOf("note:", StringComparison.Ordinal)..])]);

        // Binary garbage: random bytes, and the shipped files with bytes flipped or cut anywhere.
        for (int k = 0; k < 40; k++)
        {
            var bytes = new byte[1 + r.Next(k < 30 ? 4096 : 200_000)];
            r.NextBytes(bytes);
            yield return new Case("binary", $"{bytes.Length} random bytes", $"garbage{k}.yaml", bytes);
        }
        var hb = B(historical);
        for (int k = 0; k < 40; k++)
        {
            var bytes = (byte[])hb.Clone();
            for (int n = 0; n < 1 + r.Next(20); n++) bytes[r.Next(bytes.Length)] = (byte)r.Next(256);
            yield return new Case("binary", $"historical with bytes changed (draw {k})", "historical.yaml", bytes);
        }
        for (int k = 0; k < 30; k++)
        {
            int at = r.Next(hb.Length);
            yield return new Case("binary", $"historical cut at byte {at}", "historical.yaml", hb[..at]);
        }
        yield return new Case("binary", "NUL bytes", "nul.yaml", new byte[1000]);
        yield return new Case("binary", "a NUL inside", "nul2.yaml", B(historical.Insert(historical.IndexOf("seed:", StringComparison.Ordinal), "\0")));

        // Structure.
        string head = "name: fuzz\nstart: 1921-03\nend: 1922-12\n";
        var structural = new (string What, string Text)[]
        {
            ("empty file", ""), ("one newline", "\n"), ("only spaces", "   \n  \n"), ("only a comment", "# nothing\n"),
            ("a list at the root", "- name: fuzz\n- start: 1921-03\n"), ("a scalar at the root", "historical\n"), ("a number at the root", "42\n"),
            ("null root", "~\n"), ("two documents", head + "---\n" + head), ("document end marker", head + "...\n"), ("directives", "%YAML 1.1\n---\n" + head),
            ("parameters as a list", head + "parameters: [base_yield, 0.7]\n"), ("parameters as a scalar", head + "parameters: 3\n"),
            ("policy as a mapping", head + "policy: {date: 1921-03, set: {nep_market: on}}\n"), ("policy item a scalar", head + "policy:\n  - 1921-03\n"),
            ("set as a list", head + "policy:\n  - date: 1921-03\n    set: [nep_market, on]\n"), ("events as a mapping", head + "events: {type: drought}\n"),
            ("windows as a scalar", head + "windows: germany_1923\n"), ("zones as a mapping", head + "events:\n  - date: 1921-06\n    type: drought\n    zones: {volga: 1}\n    severity: 0.5\n"),
            ("a window's party as a mapping", head + "windows:\n  - name: germany_1923\n    party: {date: 1923-01, value: 0.2}\n"),
            ("party points out of order", head + "windows:\n  - name: germany_1923\n    party:\n      - {date: 1923-05, value: 0.2}\n      - {date: 1923-01, value: 0.3}\n"),
            ("name as a list", "name: [a, b]\nstart: 1921-03\nend: 1922-12\n"), ("name as a mapping", "name: {a: b}\nstart: 1921-03\nend: 1922-12\n"),
            ("start as a list", "name: fuzz\nstart: [1921, 3]\nend: 1922-12\n"), ("seed as a mapping", head + "seed: {a: 1}\n"),
            ("a key with no value", head + "seed:\n"), ("a key given twice", head + "seed: 1\nseed: 2\n"), ("merge key", "base: &b {seed: 3}\n" + head + "<<: *b\n"),
            ("tags", head + "seed: !!str 3\nscale: !!binary aGVsbG8=\n"), ("custom tag", head + "seed: !python/object:os.system 3\n"),
            ("a complex key", head + "? [a, b]\n: 1\n"), ("a null key", head + "~: 1\n"), ("an empty key", head + "\"\": 1\n"), ("a long key", head + new string('k', 100_000) + ": 1\n"),
            ("a block scalar name", "name: |\n  two\n  lines\nstart: 1921-03\nend: 1922-12\n"), ("a folded description", head + "description: >\n  a\n  b\n"),
            ("flow mapping root", "{name: fuzz, start: 1921-03, end: 1922-12}\n"), ("unclosed flow", head + "parameters: {base_yield: 0.7\n"), ("unclosed quote", "name: \"fuzz\nstart: 1921-03\nend: 1922-12\n"),
            ("an anchor and its alias", head + "parameters: &p {base_yield: 0.7}\nevents: *p\n"), ("an undefined alias", head + "seed: *nowhere\n"),
            ("an alias as a key", head + "x: &k seed\n*k : 3\n"), ("an alias of the root", "&r\n" + head + "extends: *r\n"),
            ("a self-referencing anchor", head + "parameters: &p\n  base_yield: *p\n"),
            ("alias bomb", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n" + head + "events: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"),
            ("events of aliases", head + "events: &e\n  - date: 1921-06\n    type: drought\n    zones: [volga]\n    severity: 0.5\nwindows: *e\n"),
            ("deep flow nesting, just past the limit", head + "parameters: " + new string('[', 70) + new string(']', 70) + "\n"),
            ("deep flow nesting", head + "parameters: " + new string('[', 100_000) + new string(']', 100_000) + "\n"),
            ("deep flow mappings", head + "parameters: " + string.Concat(Enumerable.Repeat("{a: ", 30_000)) + "1" + new string('}', 30_000) + "\n"),
            ("deep block nesting", head + "parameters:\n" + string.Concat(Enumerable.Range(1, 200).Select(d => new string(' ', 2 * d) + "a:\n")) + new string(' ', 402) + "b: 1\n"),
            ("deep block lists", head + "events:\n" + string.Concat(Enumerable.Range(1, 200).Select(d => new string(' ', 2 * d) + "-\n")) + new string(' ', 402) + "x\n"),
            ("many unknown keys", head + "parameters:\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"  unknown_{i}: {i}\n"))),
            ("many events", head + "events:\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => "  - date: 1921-06\n    type: drought\n    zones: [volga]\n    severity: 0.9\n"))),
            ("many policy entries", head + "policy:\n" + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"  - date: 1921-0{3 + i % 7}\n    set:\n      procurement_price: 1.{i % 10}\n"))),
            ("a long line", head + "description: " + new string('x', 1_000_000) + "\n"), ("a long number", head + "seed: " + new string('9', 100_000) + "\n"),
            ("a NUL in a key", head + "\"se\\0ed\": 3\n"), ("a line break in a key", head + "\"se\\ned\": 3\n"), ("a line break in a parameter name", head + "parameters:\n  \"base\\nyield\": 0.7\n"),
            ("a line break in a lever name", head + "policy:\n  - date: 1921-03\n    set:\n      \"nep\\r\\nmarket\": on\n"), ("escape sequences in a zone", head + "events:\n  - date: 1921-06\n    type: drought\n    zones: [\"vol\\u001b[2Jga\"]\n    severity: 0.5\n"),
            ("a lone surrogate", head + "description: \"\\uD800\"\n"), ("a lone surrogate key", head + "\"\\uDFFF\": 1\n"), ("tabs for indentation", head + "parameters:\n\tbase_yield: 0.7\n"),
            ("extends itself", "name: me\nextends: me\n"), ("extends a missing file", "name: x\nextends: no-such-base\n"), ("extends a folder", "name: x\nextends: ../\n"),
            ("extends /dev/zero", "name: x\nextends: /dev/zero\n"), ("extends /etc/passwd", "name: x\nextends: /etc/passwd\n"), ("extends the parent's parent", "name: x\nextends: ../../../../../../../../etc/hostname\n"),
            ("extends an empty text", "name: x\nextends: ''\n"), ("extends null", "name: x\nextends: ~\n"), ("extends a list", "name: x\nextends: [historical, right]\n"),
            ("extends a number", "name: x\nextends: 3\n"), ("extends with a NUL", "name: x\nextends: \"his\\0torical\"\n"), ("extends a long name", "name: x\nextends: " + new string('a', 5000) + "\n"),
            ("a start after the inherited end", "name: x\nextends: historical\nstart: 1945-01\n"), ("an end before the inherited start", "name: x\nextends: historical\nend: 1920-01\n"),
            ("a window end before its inherited outcome", "name: x\nextends: german-october\nwindows:\n  - name: germany_1923\n    end: 1923-08\n"),
            ("a new window with nothing", head + "windows:\n  - name: nowhere\n"), ("a window without a name", head + "windows:\n  - outcome: victory\n"),
        };
        foreach (var (what, text) in structural) yield return new Case("structural", what, "fuzz.yaml", B(text));

        // Extends chains and garbage bases.
        var chain = Enumerable.Range(0, 40).Select(i => ($"c{i}.yaml", B(i == 39 ? head : $"name: c{i}\nextends: c{i + 1}\n"))).ToList();
        yield return new Case("structural", "an extends chain of 40", "c0.yaml", chain[0].Item2, chain.Skip(1).ToList());
        yield return new Case("structural", "a cycle of two", "a.yaml", B("name: a\nextends: b\n"), [("b.yaml", B("name: b\nextends: a\n"))]);
        var noise = new byte[3000];
        r.NextBytes(noise);
        yield return new Case("structural", "extends a binary file", "x.yaml", B("name: x\nextends: noise\n"), [("noise.yaml", noise)]);
        yield return new Case("structural", "extends an empty file", "x.yaml", B("name: x\nextends: empty\n"), [("empty.yaml", [])]);
        yield return new Case("structural", "extends a base with errors", "x.yaml", B("name: x\nextends: bad\n"), [("bad.yaml", B(head + "seed: -1\nscale: x\n"))]);
        yield return new Case("structural", "extends a list file", "x.yaml", B("name: x\nextends: list\n"), [("list.yaml", B("- a\n- b\n"))]);
    }

    private static readonly Regex Positioned = new(@"^(error|warning|replaces): (?<file>.+?):(?<line>[1-9][0-9]*):(?<column>[1-9][0-9]*): ", RegexOptions.Compiled);
    private static readonly Regex StackTrace = new(@"(^\s+at [\w.<>`]+[.(])|Unhandled exception|\bat OneCountry\.|\bat System\.|\bat YamlDotNet\.|--- End of", RegexOptions.Compiled | RegexOptions.Multiline);

    private static async Task<(int Code, string Output)> Cli(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 1_000_000; // one message a line, never wrapped
        int code = await OneCountryApp.RunAsync(args, console);
        return (code, writer.ToString());
    }

    /// <summary>What is wrong with one command's outcome (null when nothing).</summary>
    private static string? Problem(string command, int code, string output, IReadOnlyCollection<string> files)
    {
        bool run = command == "run";
        if (code is not (0 or 2) && !(run && code == 1 && output.Contains("run failed:", StringComparison.Ordinal)))
            return $"exit code {code}";
        if (StackTrace.Match(output) is { Success: true } trace) return $"a stack trace: '{trace.Value}'";
        foreach (var line in output.Split('\n'))
        {
            if (!line.StartsWith("error:", StringComparison.Ordinal) && !line.StartsWith("warning:", StringComparison.Ordinal) && !line.StartsWith("replaces:", StringComparison.Ordinal)) continue;
            var m = Positioned.Match(line);
            if (!m.Success) return $"a line without file:line:column: '{Clip(line)}'";
            if (!files.Contains(m.Groups["file"].Value)) return $"a line naming another file: '{Clip(line)}'";
        }
        if (code == 2 && !output.Contains("error:", StringComparison.Ordinal)) return "exit code 2 without an error";
        // Each problem on a line of its own: no control character (a line break, an escape) from the file reaches the terminal.
        for (int i = 0; i < output.Length; i++)
        {
            char ch = output[i];
            if (char.IsHighSurrogate(ch) && i + 1 < output.Length && char.IsLowSurrogate(output[i + 1])) { i++; continue; }
            if (ch != '\n' && (char.IsSurrogate(ch) || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.Control
                    or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator))
                return $"a control or format character U+{(int)ch:X4} in the output";
        }
        if (Regex.Match(output, @"^(\d+) problem\(s\); nothing was run", RegexOptions.Multiline) is { Success: true } count
            && int.Parse(count.Groups[1].Value) != output.Split('\n').Count(l => l.StartsWith("error:", StringComparison.Ordinal)))
            return $"{count.Groups[1].Value} problem(s) reported on {output.Split('\n').Count(l => l.StartsWith("error:", StringComparison.Ordinal))} error lines";
        return null;
    }

    private static string Clip(string s) => s.Length > 300 ? s[..300] + "..." : s;

    [Fact]
    public async Task Mutated_shipped_scenarios_validate_and_run_without_a_trace_and_with_positions()
    {
        var clock = Stopwatch.StartNew();
        var cases = Cases().ToList();
        var root = CliFixture.TempDir();
        var failures = new List<string>();
        var byKind = new SortedDictionary<string, (int Cases, int Valid, int Invalid)>(StringComparer.Ordinal);
        var valid = new List<(Case Case, string Path)>();
        for (int n = 0; n < cases.Count; n++)
        {
            var c = cases[n];
            var dir = Path.Combine(root, n.ToString("00000"));
            Directory.CreateDirectory(dir);
            string path = Path.Combine(dir, c.FileName);
            File.WriteAllBytes(path, c.Bytes);
            foreach (var (name, bytes) in c.Beside ?? []) File.WriteAllBytes(Path.Combine(dir, name), bytes);
            var files = new HashSet<string>(Directory.GetFiles(dir).Append(Path.Combine(ScenarioLoaderFolder, "historical.yaml")).Concat(Directory.GetFiles(ScenarioLoaderFolder, "*.yaml")));
            (int code, string output) result;
            try { result = await Cli("validate", path); }
            catch (Exception e) { failures.Add($"{c.Kind} | {c.What}: validate threw {e.GetType().Name}: {e.Message}"); continue; }
            if (Problem("validate", result.code, result.output, files) is { } problem)
                failures.Add($"{c.Kind} | {c.What}: validate: {problem}\n{Clip(result.output)}");
            var counts = byKind.GetValueOrDefault(c.Kind);
            byKind[c.Kind] = (counts.Cases + 1, counts.Valid + (result.code == 0 ? 1 : 0), counts.Invalid + (result.code == 2 ? 1 : 0));
            if (result.code == 0) valid.Add((c, path));
        }

        double validating = clock.Elapsed.TotalSeconds;

        // A short run of a sample of the cases that validate and change more than a comment: taken
        // in turn from each kind of mutation, spread over the cases of the kind; coarse scale, no report.
        var queues = valid.Where(v => v.Case.Substantive).GroupBy(v => v.Case.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => { var all = g.ToList(); int step = Math.Max(1, all.Count / 4); return new Queue<(Case, string)>(all.Where((_, i) => i % step == 0)); }).ToList();
        // ONECOUNTRY_FUZZ_RUNS=N runs N instead (all of them with a large N), without the time bound: for a deeper look by hand.
        bool deep = int.TryParse(Environment.GetEnvironmentVariable("ONECOUNTRY_FUZZ_RUNS"), out int maxRuns);
        if (!deep) maxRuns = MaxRuns;
        else queues = valid.Where(v => v.Case.Substantive).GroupBy(v => v.Case.Kind).Select(g => new Queue<(Case, string)>(g)).ToList();
        var sample = new List<(Case Case, string Path)>();
        while (sample.Count < maxRuns && queues.Any(q => q.Count > 0))
            foreach (var q in queues.Where(q => q.Count > 0).ToList())
                if (sample.Count < maxRuns) sample.Add(q.Dequeue());
        int runs = 0, runFailures = 0;
        foreach (var (c, path) in sample)
        {
            if (!deep && runs >= 10 && clock.Elapsed > TimeSpan.FromSeconds(50)) break; // bounded on a loaded machine, never fewer than 10
            var outDir = Path.Combine(Path.GetDirectoryName(path)!, "out");
            (int code, string output) result;
            try { result = await Cli("run", path, "--scale", "1000000", "--threads", "1", "--runs", "1", "--no-report", "--out", outDir); }
            catch (Exception e) { failures.Add($"{c.Kind} | {c.What}: run threw {e.GetType().Name}: {e.Message}"); continue; }
            runs++;
            if (result.code == 1) runFailures++;
            var files = new HashSet<string>(Directory.GetFiles(Path.GetDirectoryName(path)!).Concat(Directory.GetFiles(ScenarioLoaderFolder, "*.yaml")));
            if (Problem("run", result.code, result.output, files) is { } problem)
                failures.Add($"{c.Kind} | {c.What}: run: {problem}\n{Clip(result.output)}");
        }
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }

        log.WriteLine($"{cases.Count} cases in {clock.Elapsed.TotalSeconds:0.0} s ({validating:0.0} s validating): {valid.Count} validate, {cases.Count - valid.Count} do not; {runs} run ({string.Join(", ", sample.Take(runs).GroupBy(x => x.Case.Kind).Select(g => $"{g.Key} {g.Count()}"))}; {runFailures} run failures); {failures.Count} problem(s)");
        foreach (var (kind, (n, ok, bad)) in byKind) log.WriteLine($"  {kind}: {n} cases, {ok} valid, {bad} invalid");
        Assert.True(cases.Count >= 1000, $"only {cases.Count} cases");
        Assert.True(runs >= 10, $"only {runs} runs");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases failed:\n" + string.Join("\n\n", failures.Take(25)));
    }

    private static string ScenarioLoaderFolder => Path.GetFullPath(OneCountry.Scenarios.ScenarioLoader.ShippedFolder);
}
