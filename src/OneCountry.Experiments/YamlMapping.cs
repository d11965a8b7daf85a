using YamlDotNet.RepresentationModel;

namespace OneCountry.Experiments;

/// <summary>The top of a YAML design file (an experiment, a calibration spec): one mapping whose
/// keys are among the allowed ones and given once, with errors naming file, line, column and field.</summary>
internal static class YamlMapping
{
    public static string At(YamlNode n) => $"{n.Start.Line}:{n.Start.Column}";

    public static string Clip(string s) => s.Length <= 60 ? s : s[..57] + "...";

    /// <param name="what">The field an empty or non-mapping file is reported under.</param>
    /// <param name="expected">What the file should hold, for that message.</param>
    public static (YamlMappingNode Root, Dictionary<string, YamlNode> Keys) Read(string file, string text, IReadOnlyCollection<string> allowed, string what, string expected)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlDotNet.Core.YamlException e) { throw new DesignException(file, $"{e.Start.Line}:{e.Start.Column}", "yaml", e.Message); }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new DesignException(file, "1:1", what, expected);
        var f = new Dictionary<string, YamlNode>();
        foreach (var (k, v) in root.Children)
        {
            string key = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key)) throw new DesignException(file, At(k), Clip(key), $"unknown key; allowed: {string.Join(", ", allowed)}");
            if (!f.TryAdd(key, v)) throw new DesignException(file, At(k), key, "given twice");
        }
        return (root, f);
    }
}
