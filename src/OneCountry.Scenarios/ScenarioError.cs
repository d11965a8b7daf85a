using OneCountry.Model.Engine;
namespace OneCountry.Scenarios;

/// <summary>One problem in a scenario file: where it is (file, line, column, field path) and
/// what is wrong, with what would be allowed.</summary>
public sealed record ScenarioError(string File, int Line, int Column, string Field, string Message)
{
    public override string ToString()
    {
        string where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return string.IsNullOrEmpty(Field) ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}

/// <summary>A scenario that cannot be used, with every problem found.</summary>
public sealed class ScenarioException(IReadOnlyList<ScenarioError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}
