using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Labour: the parameters of group "labour", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("labour", "expansion_labour_factor", "Extra industrial workers per unit of yearly capacity growth (raw recruits learning on the job)", "ratio", 5.0, 0.0, 8.0,
        "Industrial employment roughly doubled 1928-1932 while output rose far less; labour productivity grew only about 3% a year in the 1930s (POPOV_TFP). Set to the employment in industry of 8, 10.1 and 11 million in 1932, 1937 and 1940 (BOFFA): 5 gives 7.8, 9.5 and 11.5 million, the earlier 3 gave 6.5, 8.4 and 10.3")]
    public double ExpansionLabourFactor { get; init; }

    [Parameter("labour", "construction_workers_per_million", "Construction workers per million rubles a year of industrial investment (1913 prices)", "persons", 1200, 300, 2000,
        "Assumption: industry took about 40% of all investment; construction employed about 0.7 million in 1928 and 3 million in 1932")]
    public double ConstructionWorkersPerMillion { get; init; }

    [Parameter("labour", "service_employment_rate", "Workers and employees in transport, trade, education, health and other services per townsperson", "ratio", 0.15, 0.08, 0.25,
        "Assumption: about 4 of the 11.4 million workers and employees of 1928 (NKH1972) served 28 million townspeople")]
    public double ServiceEmploymentRate { get; init; }

    [Parameter("labour", "state_farm_workers", "Workers of state farms and other state agriculture, besides the tractor stations", "persons", 1.0e6, 0.3e6, 2.5e6,
        "Assumption")]
    public double StateFarmWorkers { get; init; }

    [Parameter("labour", "workers_per_tractor", "Tractor drivers, mechanics, station and state-farm staff per tractor", "persons", 10, 2, 15,
        "Assumption: state farms and machine-tractor stations grew with the tractor park")]
    public double WorkersPerTractor { get; init; }

    [Parameter("labour", "urban_participation", "Townspeople of working age seeking work", "share", 0.45, 0.35, 0.6,
        "Assumption: 11.4 million workers and employees and 1.5 million unemployed in 1928 (NKH1972, SIEGELBAUM2006) for about 28 million townspeople")]
    public double UrbanParticipation { get; init; }
}
