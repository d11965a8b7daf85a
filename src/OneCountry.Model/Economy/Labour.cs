using OneCountry.Model.Engine;
namespace OneCountry.Model.Economy;

/// <summary>
/// Workers and employees by what the plan and the towns call for: industry's
/// workers (more per unit of output while capacity expands fast: raw recruits from the village,
/// <c>expansion_labour_factor</c>), construction's (per ruble of investment), transport, trade and
/// services' (per townsperson), the state apparatus, and state agriculture's (state farms and the
/// machine-tractor stations: a base and staff per tractor). The urban labour force is the urban
/// population of working age and will (<c>urban_participation</c>); those who find no post are
/// unemployed (high under NEP; gone once the plan's demand outran the towns' labour).
/// </summary>
public static class Labour
{
    public readonly record struct Employment(double Industry, double Construction, double Services, double Apparatus, double StateAgriculture,
        double Total, double LabourForce, double Unemployed);

    public static Employment Compute(Parameters p, double industrialWorkers, double capacityGrowthPerYear, double investmentRublesPerYear,
        double urbanPopulation, double apparatus, double tractors, double armedForces = 0)
    {
        double industry = industrialWorkers * (1 + p.ExpansionLabourFactor * Math.Max(0, capacityGrowthPerYear));
        double construction = p.ConstructionWorkersPerMillion * investmentRublesPerYear / 1e6;
        double services = p.ServiceEmploymentRate * urbanPopulation;
        double stateAgriculture = p.StateFarmWorkers + p.WorkersPerTractor * tractors;
        double total = industry + construction + services + apparatus + stateAgriculture;
        // The men under arms are taken out of the towns' labour force (the army's labour claim).
        double labourForce = Math.Max(0, p.UrbanParticipation * urbanPopulation - armedForces);
        // Posts in the countryside (state farms, stations, rural officials) are filled from the
        // village; the towns' unemployed are those the urban posts cannot absorb.
        double urbanPosts = industry + construction + services + 0.7 * apparatus;
        double unemployed = Math.Max(0, labourForce - urbanPosts);
        return new Employment(industry, construction, services, apparatus, stateAgriculture, total, labourForce, unemployed);
    }

    /// <summary>The pull of the towns' jobs on migrants: the chance of finding one, (1 − u)^η, with
    /// u last month's unemployment rate of the towns' labour force and η the parameter
    /// <c>migration_jobs_elasticity</c>. Hypothesis: migrants move on the expected urban income, the
    /// wage times the probability of employment (Harris and Todaro 1970, American Economic Review
    /// 60(1)), so towns with many unemployed draw fewer peasants; under NEP the labour exchanges'
    /// queues and the return of the unemployed to the village (otkhodnichestvo) slowed the flow
    /// (Hoffmann 1994, Peasant Metropolis, ch. 2). With full employment (1929–40) the pull is 1.</summary>
    public static double MigrationPull(double unemploymentRate, double elasticity) =>
        Math.Pow(1 - Math.Clamp(double.IsNaN(unemploymentRate) ? 0 : unemploymentRate, 0, 1), elasticity);
}
