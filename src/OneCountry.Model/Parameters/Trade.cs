using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Foreign trade: the parameters of group "trade", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("trade", "other_exports_1913", "Exports other than grain in 1913 (timber, oil, flax, furs), gold rubles a year", "rubles/yr", 0.9e9, 0.5e9, 1.2e9,
        "Assumption: Russia exported about 1.5 billion rubles in 1913, some 40% of it grain")]
    public double OtherExports1913 { get; init; }

    [Parameter("trade", "other_export_volume", "Volume of other exports relative to 1913 at prewar industrial output", "ratio", 0.5, 0.2, 1.0,
        "Assumption: Soviet exports in the mid-1920s were about a third to a half of prewar volume")]
    public double OtherExportVolume { get; init; }

    [Parameter("trade", "private_import_share", "Share of private money incomes spent on imported consumer goods when the monopoly is fully open", "share", 0.08, 0.0, 0.3,
        "Assumption: the danger Lenin saw in Stalin's 1922 proposal (the source document)")]
    public double PrivateImportShare { get; init; }

    [Parameter("trade", "capital_flight_share", "Share of private money incomes sent abroad when the monopoly is fully open", "share", 0.04, 0.0, 0.2,
        "Assumption")]
    public double CapitalFlightShare { get; init; }

    [Parameter("trade", "reserves_1921", "Gold and currency reserves in March 1921", "gold rubles", 0.4e9, 0.1e9, 1.0e9,
        "Assumption: much of the gold reserve was spent on imports in 1920-22")]
    public double Reserves1921 { get; init; }

    [Parameter("trade", "reserve_floor", "Reserves the state will not spend on machinery", "gold rubles", 0.15e9, 0.0, 0.5e9,
        "Assumption")]
    public double ReserveFloor { get; init; }

    [Parameter("trade", "imported_machinery_productivity", "Capacity from a ruble of imported machinery relative to a ruble of domestic investment", "ratio", 1.2, 1.0, 3.0,
        "Assumption: imports embodied the advanced countries' technique; means of production were 85% of imports 1918-1933 (ROZENGOLTS1934)")]
    public double ImportedMachineryProductivity { get; init; }
}
