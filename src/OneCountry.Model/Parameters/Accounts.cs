using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>National accounts (1913 benchmarks): the parameters of group "accounts", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("accounts", "gdp_per_capita_1913", "GDP per head in 1913", "2011 int. $", 2254, 2254, 2254,
        "MPD2020 (Former USSR, 1913); an anchor, not a free parameter")]
    public double GdpPerCapita1913 { get; init; }

    [Parameter("accounts", "population_1913", "Population in 1913 on the interwar Soviet territory", "persons", 139.3e6, 135e6, 145e6,
        "Assumption: Lorimer (1946); 147 million at the December 1926 census (CENSUS1926_SZAO)")]
    public double Population1913 { get; init; }

    [Parameter("accounts", "urban_population_1913", "Urban population in 1913 on the same territory", "persons", 21.3e6, 18e6, 25e6,
        "Urban share 15.3% in 1914 (RUWIKI_COPY2) of the 1913 population")]
    public double UrbanPopulation1913 { get; init; }

    [Parameter("accounts", "grain_harvest_1913", "Grain harvest of 1913", "t", 76.5e6, 65.2e6, 80.1e6,
        "WD1994_T54 (revised Soviet estimate)")]
    public double GrainHarvest1913 { get; init; }

    [Parameter("accounts", "livestock_index_1921", "Harvest of the months before the first August of the run, relative to 1913's (the 1920 harvest's place in the accounts)", "ratio", 0.75, 0.6, 0.95,
        "Assumption: horses fell from 17.9 to 12.8 million 1914-1917 on the census territory (RUWIKI_COPY), then the Civil War")]
    public double LivestockIndex1921 { get; init; }

    [Parameter("accounts", "meat_output_1913", "Meat produced in 1913 (slaughter weight)", "t", 5.0e6, 4.5e6, 5.5e6,
        "GSE_LIVESTOCK (the base of the livestock index)")]
    public double MeatOutput1913 { get; init; }

    [Parameter("accounts", "milk_output_1913", "Milk produced in 1913", "t", 29.4e6, 27e6, 32e6,
        "GSE_LIVESTOCK (the base of the livestock index)")]
    public double MilkOutput1913 { get; init; }

    [Parameter("accounts", "agriculture_weight_1913", "Agriculture's share of national output in 1913", "share", 0.5, 0.4, 0.6,
        "Assumption: 45.7% of national income in 1927/28 (FYP1929); about half before the war")]
    public double AgricultureWeight1913 { get; init; }

    [Parameter("accounts", "industry_weight_1913", "Industry's share of national output in 1913 (with construction)", "share", 0.25, 0.15, 0.35,
        "Assumption: 31.6% with excise in 1927/28 (FYP1929)")]
    public double IndustryWeight1913 { get; init; }
}
