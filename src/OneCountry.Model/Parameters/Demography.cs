using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Demography and migration: the parameters of group "demography", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("demography", "birth_rate", "Rural births per person per year", "1/yr", 0.043, 0.035, 0.05,
        "Assumption: 1926 census-era crude birth rate about 43-45 per 1000 (Lorimer 1946)")]
    public double BirthRate { get; init; }

    [Parameter("demography", "death_rate", "Rural deaths per person per year in a normal year", "1/yr", 0.021, 0.016, 0.03,
        "Assumption: crude death rate about 20-22 per 1000 (Lorimer 1946)")]
    public double DeathRate { get; init; }

    [Parameter("demography", "birth_hunger_response", "Fall in births per unit of food shortfall (1 - food ratio)", "ratio", 2.0, 0.0, 4.0,
        "Assumption: births fall by a third or more in famines (O Grada 2009, Famine: A Short History, ch. 4); the Soviet birth rate fell from about 44 to about 30 per 1000 in 1928-34 (Lorimer 1946)")]
    public double BirthHungerResponse { get; init; }

    [Parameter("demography", "famine_mortality", "Extra deaths per person per year when a household has no grain food at all", "1/yr", 0.5, 0.1, 1.0,
        "Assumption: famines of 1921-22 and 1932-33 killed about 1.5-2.5% a month of the starving population; scales with the shortfall below the subsistence share. The model's hungry are on average at 0.5-0.75 of full hunger in those famines (measured), so 0.5 gives 2.1-3.1% a month: the upper end, because the rate also stands for the famine's epidemics (typhus), which the model does not have")]
    public double FamineMortality { get; init; }

    [Parameter("demography", "urban_natural_increase", "Urban births less deaths per person per year", "1/yr", 0.012, 0.0, 0.02,
        "Assumption")]
    public double UrbanNaturalIncrease { get; init; }

    [Parameter("demography", "migration_rate", "Rural persons moving to towns per person per year at normal labour demand and full employment in the towns", "1/yr", 0.011, 0.002, 0.03,
        "Assumption: towns grew from about 19 to 26.3 million 1921-1926 (STRANA50); with migration_jobs_elasticity 1 the same target asks about 0.013 (and passport_migration_factor 0.8)")]
    public double MigrationRate { get; init; }

    [Parameter("demography", "migration_jobs_elasticity", "Elasticity of migration to the towns to the chance of finding a job there (one less the towns' unemployment rate); 0 = migrants ignore jobs", "elasticity", 0.0, 0.0, 5.0,
        "Assumption after Harris and Todaro 1970 (migration on the expected urban income, wage times the probability of employment); Hoffmann 1994 on the NEP labour exchanges and return migration. Off by default: the model's NEP unemployment is outside the record (2.8 million in 1922-24 against 0.2-1.2 million registered; gone by 1929, when the registered count peaked at 1.74 million), so the pull would act on a wrong signal")]
    public double MigrationJobsElasticity { get; init; }

    [Parameter("demography", "hunger_flight_rate", "Rural persons fleeing to the towns from hunger per person per year, per unit of food shortfall (times labour demand; stopped under the passports by passport_flight_factor)", "1/yr", 0.033, 0.0, 0.11,
        "Assumption: the earlier hunger_migration_boost of 3 on a migration_rate of 0.011, kept as its own rate when labour migration began to follow the towns' jobs (migration_jobs_elasticity), so that flight does not scale with the labour flow")]
    public double HungerFlightRate { get; init; }

    [Parameter("demography", "passport_flight_factor", "Hunger-driven flight to the towns under internal passports, relative to without", "ratio", 0.0, 0.0, 1.0,
        "The passports (December 1932) and the directive of 22 January 1933 had the OGPU stop and send back peasants fleeing the famine regions (Davies and Wheatcroft 2004, The Years of Hunger, ch. 7): recruitment went on, flight did not")]
    public double PassportFlightFactor { get; init; }

    [Parameter("demography", "passport_migration_factor", "Migration to towns under internal passports, relative to without", "ratio", 0.9, 0.05, 1.0,
        "Passports checked who lived in the towns, but organised recruitment (orgnabor) and the building sites kept peasants moving: about 2.5 million a year moved to the towns in 1934-35 (BOFFA) and the towns held 56.1 million at the January 1939 census (LEWIN); 0.9 gives 2.5 million a year and 56 million, 0.5 gave 1.4 million and 51 million (with migration_jobs_elasticity 1 and migration_rate 0.013, 0.8 gives 2.4 million and 57.6 million)")]
    public double PassportMigrationFactor { get; init; }

    [Parameter("demography", "split_rate", "Yearly probability that a large household divides (razdel)", "1/yr", 0.13, 0.03, 0.3,
        "Assumption: peasant holdings grew by about 500 thousand a year (RECON1930)")]
    public double SplitRate { get; init; }

    [Parameter("demography", "split_min_members", "Members from which a household may divide", "persons", 7, 5, 10,
        "Assumption")]
    public double SplitMinMembers { get; init; }

    [Parameter("demography", "deportee_death_rate", "Deaths per deportee per year in the special settlements", "1/yr", 0.07, 0.02, 0.15,
        "Zemskov (2003): about 90,000 deaths among 1.3 million special settlers in 1932 and 151,000 in 1933, fewer later")]
    public double DeporteeDeathRate { get; init; }

    [Parameter("demography", "deportee_birth_rate", "Births per deportee per year in the special settlements", "1/yr", 0.02, 0.0, 0.04,
        "Zemskov (2003): about 230,000 births in 1932-40")]
    public double DeporteeBirthRate { get; init; }
}
