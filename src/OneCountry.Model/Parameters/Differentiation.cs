using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Differentiation: land, rent, hired labour and strata: the parameters of group "differentiation", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("differentiation", "rent_share", "Share of the harvest on leased land paid to the lessor", "share", 0.25, 0.1, 0.5,
        "Assumption (share-cropping terms)")]
    public double RentShare { get; init; }

    [Parameter("differentiation", "wage_share", "Share of the harvest on hired-labour area paid to hired workers", "share", 0.35, 0.2, 0.5,
        "Assumption")]
    public double WageShare { get; init; }

    [Parameter("differentiation", "repartition_rate", "Yearly pull of allotments toward equal land per consumer (commune repartition)", "1/yr", 0.08, 0.0, 0.3,
        "Assumption: the mir repartitioned land by eaters every decade or so; the 1922 Land Code limited it")]
    public double RepartitionRate { get; init; }

    [Parameter("differentiation", "enterprise_spread", "Spread (log sd) of household skill and enterprise", "log sd", 0.12, 0.0, 0.3,
        "Assumption")]
    public double EnterpriseSpread { get; init; }

    [Parameter("differentiation", "kulak_sown_multiple", "Sown area, relative to the zone mean, above which a household hiring or leasing is counted a kulak", "ratio", 1.6, 1.3, 3.0,
        "Assumption: Soviet 1920s criteria used sown area, draught animals, hiring and leasing (MARTENS, RECON1930)")]
    public double KulakSownMultiple { get; init; }

    [Parameter("differentiation", "poor_sown_multiple", "Sown area, relative to the zone mean, below which a household is counted poor", "ratio", 0.55, 0.3, 0.8,
        "Assumption; households without draught animals also count as poor")]
    public double PoorSownMultiple { get; init; }
}
