using OneCountry.Model.Country;
using OneCountry.Model.Engine;
using System.Text.RegularExpressions;

namespace OneCountry.Model.Tests;

/// <summary>The model core does no I/O and holds no hidden state (ScottPlot's ForbiddenCodeTests
/// idea): its sources may not use files, the console, the clock, the environment or global random
/// numbers, and its project references nothing.</summary>
public class ArchitectureTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OneCountry.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void The_model_core_uses_no_files_console_clock_environment_or_global_random()
    {
        var forbidden = new[] { @"\bSystem\.IO\b", @"\bFile\.", @"\bDirectory\.", @"\bConsole\.", @"\bDateTime\.(Now|UtcNow|Today)", @"\bEnvironment\.", @"\bnew Random\(", @"\bRandom\.Shared", @"\bStopwatch\b", @"\bHttpClient\b" };
        var modelDir = Path.Combine(RepoRoot(), "src", "OneCountry.Model");
        var files = Directory.GetFiles(modelDir, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")).ToList();
        Assert.NotEmpty(files);
        var hits = from f in files
                   from line in File.ReadAllLines(f).Select((text, n) => (text, n))
                   where !line.text.TrimStart().StartsWith("//")
                   from pattern in forbidden
                   where Regex.IsMatch(line.text, pattern)
                   select $"{Path.GetFileName(f)}:{line.n + 1}: {line.text.Trim()}";
        Assert.Empty(hits);
    }

    [Fact]
    public void The_model_core_has_no_static_mutable_fields()
    {
        var modelAssembly = typeof(Simulation).Assembly;
        var mutable = modelAssembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.Name.Contains("<"))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");
        Assert.Empty(mutable);
    }

    [Fact]
    public void The_model_core_depends_on_nothing_and_dependencies_point_inward()
    {
        var root = RepoRoot();
        string Project(string name) => File.ReadAllText(Path.Combine(root, "src", name, name + ".csproj"));
        Assert.DoesNotContain("Reference", Project("OneCountry.Model"));
        Assert.DoesNotContain("OneCountry.Experiments", Project("OneCountry.Scenarios"));
        Assert.DoesNotContain("OneCountry.Reporting", Project("OneCountry.Experiments"));
        Assert.DoesNotContain("OneCountry.Cli", Project("OneCountry.Reporting"));
    }

    [Fact]
    public void The_engine_references_no_other_model_folder()
    {
        // Engine/ is the ground floor: domain-free pieces (months, random streams, the block
        // runner, the event log, balances). It may name no type of the floors above it.
        var engineDir = Path.Combine(RepoRoot(), "src", "OneCountry.Model", "Engine");
        var files = Directory.GetFiles(engineDir, "*.cs");
        Assert.NotEmpty(files);
        var upward = new Regex(@"\bOneCountry\.Model\.(?!Engine\b)\w+|\b(Countryside|Economy|Politics|Society|World|Simulation|Country|Parameters|Policy)\.[A-Z]");
        var hits = from f in files
                   from line in File.ReadAllLines(f).Select((text, n) => (text, n))
                   where upward.IsMatch(line.text)
                   select $"{Path.GetFileName(f)}:{line.n + 1}: {line.text.Trim()}";
        Assert.Empty(hits);
        var engineTypes = typeof(Engine.Month).Assembly.GetTypes().Where(t => t.Namespace == "OneCountry.Model.Engine").ToList();
        Assert.Contains(engineTypes, t => t.Name == "BlockRunner");
        const System.Reflection.BindingFlags all = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
            | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly;
        bool Upward(Type? t) => t is not null && (t.Namespace?.StartsWith("OneCountry.Model", StringComparison.Ordinal) ?? false)
            && t.Namespace != "OneCountry.Model.Engine" || t is { IsGenericType: true } && t.GetGenericArguments().Any(Upward) || t is { IsArray: true } && Upward(t.GetElementType());
        var leaks = from t in engineTypes
                    from m in t.GetMembers(all)
                    let types = m switch
                    {
                        System.Reflection.FieldInfo fi => [fi.FieldType],
                        System.Reflection.PropertyInfo pi => [pi.PropertyType],
                        System.Reflection.MethodInfo mi => mi.GetParameters().Select(p => p.ParameterType).Append(mi.ReturnType),
                        System.Reflection.ConstructorInfo ci => ci.GetParameters().Select(p => p.ParameterType),
                        _ => Array.Empty<Type>(),
                    }
                    from type in types
                    where Upward(type)
                    select $"{t.Name}.{m.Name}: {type.FullName}";
        Assert.Empty(leaks);
    }
}
