namespace OneCountry.Model.Economy;

/// <summary>
/// A documented stand-in for Soviet industry until the economy of MODEL.md §4.4 replaces it:
/// an exogenous path of large-scale industrial output, a unit cost that rises when capacity
/// stands idle, the trusts' markup (a policy lever), and the manufactures left for the
/// countryside once towns have taken their claim.
/// </summary>
public static class IndustryStandIn
{
    /// <summary>Output relative to 1913: recovery at <c>recoveryGrowth</c> from the 1921 level
    /// until the prewar level is regained, then growth at <c>growthAfter</c>.
    /// Y(t) = Y21·e^{g_r t} while below 1; afterwards e^{g_a (t − t*)} with t* = ln(1/Y21)/g_r.</summary>
    public static double Output(double yearsSince1921, double output1921, double recoveryGrowth, double growthAfter)
    {
        double tStar = Math.Log(1.0 / output1921) / recoveryGrowth;
        return yearsSince1921 <= tStar
            ? output1921 * Math.Exp(recoveryGrowth * yearsSince1921)
            : Math.Exp(growthAfter * (yearsSince1921 - tStar));
    }

    /// <summary>Unit cost relative to 1913 at capacity utilisation u = min(1, output):
    /// c(u) = (1 − φ) + φ/u, with φ the overhead share. Idle plant after the Civil War made
    /// every unit dear.</summary>
    public static double UnitCost(double output, double overheadShare)
    {
        double u = Math.Clamp(output, 0.05, 1.0);
        return (1 - overheadShare) + overheadShare / u;
    }

    /// <summary>Industrial price index: unit cost times the trusts' markup (the 1922–23 syndicates
    /// raised it; the price-cutting orders of late 1923 and 1924 lowered it — Carr, The Interregnum).</summary>
    public static double PriceIndex(double output, double overheadShare, double markup) => UnitCost(output, overheadShare) * markup;

    /// <summary>Consumer manufactures reaching the countryside per month (1913 rubles):
    /// consumer output less the towns' claim, never below a tenth of output (the state kept
    /// some trade going). Consumer output scales with total output and the consumer-goods share
    /// (0.61 in 1913, ETHICS1913); the urban claim grows with urban population and with output
    /// (wages follow output), and with the lever urban_demand_pressure when wages and currency
    /// outrun the plan (1927/28: wages +10.5% against 7.2% planned, emission 337 against 200
    /// million rubles, OSOKINA).</summary>
    public static double RuralSupplyPerMonth(double output, double consumerShare, double baseTotal1913,
        double urbanPopulation, double urbanPerPerson1913, double urbanClaimElasticity, double urbanDemandPressure = 1.0)
    {
        double consumerOutput = output * (consumerShare / 0.61) * baseTotal1913;
        double urbanClaim = urbanDemandPressure * urbanPopulation * urbanPerPerson1913 * Math.Pow(Math.Max(output, 0.05), urbanClaimElasticity);
        return Math.Max(0.1 * consumerOutput, consumerOutput - urbanClaim) / 12.0;
    }

    /// <summary>Tractors in agriculture (stand-in until heavy industry supplies them): geometric
    /// growth from the 1928 to the 1940 count (EORH_MTS), the same rate before 1928.</summary>
    public static double Tractors(double year, double tractors1928, double tractors1940) =>
        tractors1928 * Math.Pow(tractors1940 / tractors1928, (year - 1928.0) / 12.0);
}
