namespace OneCountry.Model.Engine;

/// <summary>How a monthly series becomes a yearly (or crop-year) value.</summary>
public enum Aggregation { Sum, Mean, Last }

/// <summary>A declared output: name (snake_case), unit, meaning, how it aggregates to calendar
/// years, and whether it is also reported by crop year (July–June).</summary>
public sealed record VariableSpec(string Name, string Unit, string Meaning, Aggregation Yearly, bool ByCropYear);
