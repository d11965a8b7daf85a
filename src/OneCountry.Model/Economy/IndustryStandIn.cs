using OneCountry.Model.Engine;
namespace OneCountry.Model.Economy;

/// <summary>
/// Prices and distribution of manufactures, and the tractor supply, while a full economy of
/// prices and distribution is being built: a unit cost that rises when capacity stands idle, the trusts'
/// markup (a policy lever), the manufactures left for the countryside once towns have taken their
/// claim, and tractors on a stand-in path.
/// </summary>
public static class IndustryStandIn
{
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
    /// consumer-goods output (index × the 1913 total) less the towns' claim, never below a tenth
    /// of it (the state kept some trade going). The urban claim grows with urban population and
    /// with industrial output (wages follow output), and with the lever urban_demand_pressure when
    /// wages and currency outrun the plan (1927/28: wages +10.5% against 7.2% planned, emission
    /// 337 against 200 million rubles, OSOKINA).</summary>
    public static double RuralSupplyPerMonth(double consumerOutputIndex, double output, double baseTotal1913,
        double urbanPopulation, double urbanPerPerson1913, double urbanClaimElasticity, double urbanDemandPressure = 1.0)
    {
        double consumerOutput = consumerOutputIndex * baseTotal1913;
        double urbanClaim = urbanDemandPressure * urbanPopulation * urbanPerPerson1913 * Math.Pow(Math.Max(output, 0.05), urbanClaimElasticity);
        return Math.Max(0.1 * consumerOutput, consumerOutput - urbanClaim) / 12.0;
    }
}
