using OneCountry.Model.Engine;
namespace OneCountry.Model.Economy;

/// <summary>What foreign trade earned and spent in a month (gold rubles of 1913).</summary>
public readonly record struct TradeMonth(double GrainExportRevenue, double OtherExports, double PrivateImports, double CapitalFlight,
    double MachineryImports, double OtherStateImports, double Reserves);

/// <summary>
/// Foreign trade under the state monopoly. Exports: the state's grain at the
/// world price (the lever world_grain_price, a driver: the 1929–33 depression halved it), and
/// other raw materials (timber, oil, flax, furs: <c>other_exports_1913</c> × <c>other_export_volume</c>
/// × the industrial recovery (the output index up to its prewar level) × the same world price). Where the monopoly is weakened (lever <c>trade_monopoly</c> below 1),
/// private incomes buy imported consumer goods (<c>private_import_share</c>) and flee abroad
/// (<c>capital_flight_share</c>) — and they take the currency first. Machinery imports get the
/// lever <c>machinery_import_share</c> of export earnings and a twelfth a year of the reserves
/// above <c>reserve_floor</c>, as far as the currency left allows; the rest of the earnings buys
/// raw materials and other state imports. Gold and currency reserves carry the balance:
/// reserves' = reserves + exports − imports − flight.
/// Imported machinery joins the producer-goods department's construction, at
/// <c>imported_machinery_productivity</c> times the capacity of domestic investment (it embodied
/// the technique of the advanced countries).
/// </summary>
public sealed class ForeignTrade(double reserves)
{
    public double Reserves { get; private set; } = reserves;

    public TradeMonth Step(Parameters p, double grainExportTonnes, double worldPrice, double outputIndex, double monopoly,
        double machineryShare, double privateIncomeRubles)
    {
        double grain = grainExportTonnes * worldPrice * p.GrainPrice1913;
        double other = p.OtherExports1913 / 12.0 * p.OtherExportVolume * Math.Min(1.0, outputIndex) * worldPrice;
        double earnings = grain + other;
        double opening = (1 - monopoly);
        double privateImports = opening * p.PrivateImportShare * privateIncomeRubles;
        double flight = opening * p.CapitalFlightShare * privateIncomeRubles;
        double available = Reserves + earnings;
        double privateSpent = Math.Min(available, privateImports + flight);
        double scale = privateImports + flight > 0 ? privateSpent / (privateImports + flight) : 0;
        privateImports *= scale; flight *= scale;
        available -= privateSpent;
        double wanted = machineryShare * earnings + Math.Max(0, Reserves - p.ReserveFloor) / 144.0; // a twelfth of the excess a year
        double machinery = Math.Max(0, Math.Min(wanted, available - Math.Min(available, p.ReserveFloor)));
        available -= machinery;
        // The rest of the earnings buys industry's raw materials and other state imports (cotton,
        // rubber, metals), keeping the reserves where they are.
        double otherImports = Math.Max(0, Math.Min((1 - machineryShare) * earnings, available - Math.Min(available, p.ReserveFloor)));
        Reserves = Reserves + earnings - privateImports - flight - machinery - otherImports;
        return new TradeMonth(grain, other, privateImports, flight, machinery, otherImports, Reserves);
    }
}
