using OneCountry.Model.Engine;
namespace OneCountry.Model.Economy;

/// <summary>
/// Tractors in agriculture, fed by heavy industry and by imports. Each month
/// the lever <c>tractor_output_share</c> of the producer-goods department's output is made as
/// tractors and farm machinery, at <c>tractor_price</c> 1913 rubles a 15-hp tractor; a share
/// <c>tractor_import_share</c> of machinery imports buys tractors abroad (the Fordsons of the 1920s,
/// the American crawlers of 1929–31); tractors are scrapped after <c>tractor_service_life</c> years
/// on average. The fleet works collective land through the machine-tractor stations and sets the
/// pull of voluntary collectivization (Countryside/Collectivization). It replaces the geometric
/// stand-in path of the first version: the fleet now follows what industry makes.
/// </summary>
public sealed class TractorFleet(double tractors)
{
    public double Tractors { get; private set; } = tractors;

    /// <param name="domesticRubles">Tractors and farm machinery made this month (Industry.LastTractorRubles).</param>
    /// <param name="machineryImportsRubles">All machinery imported this month; the share
    /// <c>tractor_import_share</c> of it is tractors.</param>
    public void Step(Parameters p, double domesticRubles, double machineryImportsRubles)
    {
        double made = domesticRubles / p.TractorPrice, imported = p.TractorImportShare * machineryImportsRubles / p.TractorPrice;
        Tractors += made + imported - Tractors / (12.0 * p.TractorServiceLife);
    }
}
