using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace OneCountry.Experiments;

/// <summary>One column of a runs table read back: numbers (integers, doubles; booleans as 0 and
/// 1) with null where empty, or text.</summary>
public sealed record RunsColumn(string Name, string Kind, double?[] Numbers, string?[] Texts)
{
    public bool IsText => Kind == "text";
}

/// <summary>A runs table (runs.parquet of any multi-run command, or any Parquet table) read into columns.</summary>
public sealed record RunsTable(string File, IReadOnlyList<RunsColumn> Columns, int Rows)
{
    /// <summary>The columns of every runs table that are not inputs.</summary>
    public static readonly string[] Fixed = ["run_id", "point", "replicate", "seed", "scenario"];

    public RunsColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    /// <summary>Whether a column is an outcome rather than an input: a key outcome, a verdict, a window's outcome.</summary>
    public static bool IsOutcome(string name) =>
        RunRecords.OutcomeColumns.Contains(name) || name.StartsWith("verdict_", StringComparison.Ordinal) || name.StartsWith("window_", StringComparison.Ordinal);

    /// <summary>The varied inputs: the numeric columns that are neither fixed nor outcomes and take more than one value.</summary>
    public IReadOnlyList<RunsColumn> VariedInputs() =>
        Columns.Where(c => !Fixed.Contains(c.Name) && !IsOutcome(c.Name) && !c.IsText && c.Numbers.Where(v => v is not null).Distinct().Skip(1).Any()).ToList();

    /// <exception cref="DesignException">the file cannot be read, or holds a column of another type.</exception>
    public static RunsTable Load(string path)
    {
        byte[] bytes;
        try { bytes = System.IO.File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new DesignException(path, "row 0", "file", $"cannot be read: {e.Message}"); }
        try { return LoadAsync(path, bytes).GetAwaiter().GetResult(); }
        catch (Exception e) when (e is not DesignException and not OutOfMemoryException)
        {
            throw new DesignException(path, "row 0", "file", $"not a readable Parquet file: {e.Message}");
        }
    }

    private static async Task<RunsTable> LoadAsync(string file, byte[] bytes)
    {
        var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        await using (reader)
        {
            var fields = reader.Schema.GetDataFields();
            var numbers = fields.Select(_ => new List<double?>()).ToArray();
            var texts = fields.Select(_ => new List<string?>()).ToArray();
            var kinds = new string[fields.Length];
            int rows = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var rg = reader.OpenRowGroupReader(g);
                int n = checked((int)rg.RowCount);
                for (int c = 0; c < fields.Length; c++)
                {
                    var f = fields[c];
                    var t = f.ClrType;
                    if (t == typeof(string) || t == typeof(ReadOnlyMemory<char>))
                    {
                        var a = new string?[n];
                        await rg.ReadAsync(f, a.AsMemory());
                        texts[c].AddRange(a);
                        kinds[c] = "text";
                        continue;
                    }
                    kinds[c] = t == typeof(bool) ? "boolean" : "number";
                    if (t == typeof(double)) numbers[c].AddRange(f.IsNullable ? await N<double>(rg, f, n, v => v) : (await P<double>(rg, f, n)).Select(v => (double?)v));
                    else if (t == typeof(float)) numbers[c].AddRange(f.IsNullable ? await N<float>(rg, f, n, v => v) : (await P<float>(rg, f, n)).Select(v => (double?)v));
                    else if (t == typeof(int)) numbers[c].AddRange(f.IsNullable ? await N<int>(rg, f, n, v => v) : (await P<int>(rg, f, n)).Select(v => (double?)v));
                    else if (t == typeof(long)) numbers[c].AddRange(f.IsNullable ? await N<long>(rg, f, n, v => v) : (await P<long>(rg, f, n)).Select(v => (double?)v));
                    else if (t == typeof(ulong)) numbers[c].AddRange(f.IsNullable ? await N<ulong>(rg, f, n, v => v) : (await P<ulong>(rg, f, n)).Select(v => (double?)v));
                    else if (t == typeof(bool)) numbers[c].AddRange(f.IsNullable ? await N<bool>(rg, f, n, v => v ? 1 : 0) : (await P<bool>(rg, f, n)).Select(v => (double?)(v ? 1 : 0)));
                    else throw new DesignException(file, "row 0", f.Name, $"a column of {t.Name} values; a runs table holds numbers, booleans and text");
                }
                rows += n;
            }
            var columns = fields.Select((f, c) => new RunsColumn(f.Name, kinds[c] ?? "number", numbers[c].ToArray(), texts[c].ToArray())).ToList();
            return new RunsTable(file, columns, rows);
        }
    }

    private static async Task<T[]> P<T>(ParquetRowGroupReader rg, DataField f, int n) where T : struct
    {
        var a = new T[n];
        await rg.ReadAsync<T>(f, a.AsMemory());
        return a;
    }

    private static async Task<IEnumerable<double?>> N<T>(ParquetRowGroupReader rg, DataField f, int n, Func<T, double> to) where T : struct
    {
        var a = new T?[n];
        await rg.ReadAsync<T>(f, a.AsMemory());
        return a.Select(v => v is { } x ? to(x) : (double?)null);
    }
}

/// <summary>An error in a question (<see cref="RunsQuery"/>): where in it, and what.</summary>
public sealed class QueryException(string message) : Exception(message);

/// <summary>
/// A question about the runs, as a boolean expression over the columns of a runs table:
/// comparisons <c>COLUMN OP VALUE</c> (or <c>COLUMN OP COLUMN</c>) with OP one of
/// <c>&lt; &lt;= &gt; &gt;= == !=</c>, VALUE a number, <c>true</c>/<c>false</c> or a word or 'quoted
/// text' (for a text column, == and != only), joined by <c>and</c>, <c>or</c>, <c>not</c> and
/// parentheses; <c>and</c> binds tighter than <c>or</c>. A run whose compared value is empty (null
/// or NaN) does not satisfy the comparison. Examples:
/// <c>verdict_technique &gt;= 0.8 and verdict_gini_consumption &lt; 0.3</c>;
/// <c>gdp_per_head_1940 &gt; 3000</c>; <c>window_germany_1923 == victory</c>.
/// </summary>
public sealed class RunsQuery
{
    private readonly Func<int, bool> _test;

    public string Text { get; }

    private RunsQuery(string text, Func<int, bool> test) => (Text, _test) = (text, test);

    public bool Matches(int row) => _test(row);

    /// <exception cref="QueryException">a syntax error (with its position) or an unknown column (with the columns there are).</exception>
    public static RunsQuery Parse(string text, RunsTable table)
    {
        var tokens = Tokenize(text);
        int pos = 0;
        Token Peek() => pos < tokens.Count ? tokens[pos] : new Token("end", "", text.Length);
        Token Next() => pos < tokens.Count ? tokens[pos++] : new Token("end", "", text.Length);
        string Where(Token t) => $"at character {t.At + 1}";

        Func<int, bool> Or()
        {
            var left = And();
            while (Peek() is { Kind: "word", Text: "or" }) { Next(); var l = left; var r = And(); left = i => l(i) || r(i); }
            return left;
        }
        Func<int, bool> And()
        {
            var left = Not();
            while (Peek() is { Kind: "word", Text: "and" }) { Next(); var l = left; var r = Not(); left = i => l(i) && r(i); }
            return left;
        }
        Func<int, bool> Not()
        {
            if (Peek() is { Kind: "word", Text: "not" }) { Next(); var inner = Not(); return i => !inner(i); }
            if (Peek().Kind == "(")
            {
                Next();
                var inner = Or();
                var close = Next();
                if (close.Kind != ")") throw new QueryException($"expected ')' {Where(close)}, found {Describe(close)}");
                return inner;
            }
            return Comparison();
        }
        Func<int, bool> Comparison()
        {
            var left = Next();
            if (left.Kind != "word") throw new QueryException($"expected a column name {Where(left)}, found {Describe(left)}");
            var column = table.Column(left.Text) ?? throw new QueryException(
                $"unknown column '{left.Text}' {Where(left)}; the runs table has: {string.Join(", ", table.Columns.Select(c => c.Name))}");
            var op = Next();
            if (op.Kind != "op") throw new QueryException($"expected a comparison (< <= > >= == !=) after {column.Name} {Where(op)}, found {Describe(op)}");
            var right = Next();
            if (right.Kind is not ("word" or "number" or "text")) throw new QueryException($"expected a value after {column.Name} {op.Text} {Where(right)}, found {Describe(right)}");
            if (column.IsText)
            {
                if (op.Text is not ("==" or "!=")) throw new QueryException($"{column.Name} is a text column: compare it with == or !=, not {op.Text} ({Where(op)})");
                if (right.Kind == "word" && table.Column(right.Text) is { IsText: true } other)
                    return i => column.Texts[i] is { } a && other.Texts[i] is { } b && (a == b) == (op.Text == "==");
                string value = right.Text;
                return i => column.Texts[i] is { } a && (a == value) == (op.Text == "==");
            }
            Func<int, double?> rhs;
            if (right.Kind == "number") { double v = double.Parse(right.Text, NumberStyles.Float, CultureInfo.InvariantCulture); rhs = _ => v; }
            else if (right.Kind == "word" && right.Text is "true" or "false") { double v = right.Text == "true" ? 1 : 0; rhs = _ => v; }
            else if (right.Kind == "word" && table.Column(right.Text) is { IsText: false } other) rhs = i => other.Numbers[i];
            else throw new QueryException(right.Kind == "word" && table.Column(right.Text) is null
                ? $"unknown column '{right.Text}' {Where(right)} (and {column.Name} is a number, so the value must be a number or a numeric column); the runs table has: {string.Join(", ", table.Columns.Select(c => c.Name))}"
                : $"{column.Name} is a number column: compare it with a number, not {Describe(right)} ({Where(right)})");
            Func<double, double, bool> test = op.Text switch
            {
                "<" => (a, b) => a < b,
                "<=" => (a, b) => a <= b,
                ">" => (a, b) => a > b,
                ">=" => (a, b) => a >= b,
                "==" => (a, b) => a == b,
                _ => (a, b) => a != b,
            };
            return i => column.Numbers[i] is { } a && rhs(i) is { } b && !double.IsNaN(a) && !double.IsNaN(b) && test(a, b);
        }

        if (tokens.Count == 0) throw new QueryException("the question is empty: give a condition such as \"verdict_technique >= 0.8\"");
        var test = Or();
        if (pos < tokens.Count) throw new QueryException($"unexpected {Describe(tokens[pos])} {Where(tokens[pos])}: join conditions with and / or");
        return new RunsQuery(text, test);
    }

    private sealed record Token(string Kind, string Text, int At);

    private static string Describe(Token t) => t.Kind == "end" ? "the end of the question" : $"'{t.Text}'";

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (c is '(' or ')') { tokens.Add(new Token(c.ToString(), c.ToString(), i)); i++; continue; }
            if (c is '<' or '>' or '=' or '!')
            {
                string op = i + 1 < text.Length && text[i + 1] == '=' ? text.Substring(i, 2) : c.ToString();
                if (op is "=" or "!") throw new QueryException($"'{op}' at character {i + 1} is not a comparison: use == or !=");
                tokens.Add(new Token("op", op, i));
                i += op.Length;
                continue;
            }
            if (c is '\'' or '"')
            {
                int end = text.IndexOf(c, i + 1);
                if (end < 0) throw new QueryException($"the text quoted at character {i + 1} is not closed");
                tokens.Add(new Token("text", text[(i + 1)..end], i));
                i = end + 1;
                continue;
            }
            if (char.IsDigit(c) || c is '-' or '+' or '.')
            {
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] is '.' or 'e' or 'E' or '-' or '+')) i++;
                string number = text[start..i];
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) throw new QueryException($"'{number}' at character {start + 1} is not a number");
                tokens.Add(new Token("number", number, start));
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                var sb = new StringBuilder();
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '@' or ':' or '-' or '.')) sb.Append(text[i++]);
                tokens.Add(new Token("word", sb.ToString(), start));
                continue;
            }
            throw new QueryException($"unexpected character '{c}' at character {i + 1}");
        }
        return tokens;
    }
}
