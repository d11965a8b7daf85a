namespace OneCountry.Model.Society;

/// <summary>
/// The towns' and the special settlements' people. Towns gain the peasants who moved in and their
/// natural increase (<c>urban_natural_increase</c>) and lose the dead of a war the USSR fights
/// (counted among the townspeople, where the model keeps the army; at most half the towns a
/// month) and their share of scripted excess deaths (at most 1% a month). The deportees of the
/// special settlements die and are born at their own rates (Zemskov 2003).
/// </summary>
public static class Towns
{
    public readonly record struct Inputs
    {
        public required double UrbanPopulation { get; init; }
        public required double Deportees { get; init; }
        /// <summary>Peasants who moved to the towns this month (persons).</summary>
        public required double Migrants { get; init; }
        public required double NaturalIncreaseRate { get; init; }
        public required bool AtWar { get; init; }
        public required double WarDeathsPerMonth { get; init; }
        /// <summary>Scripted excess deaths in the towns requested this month.</summary>
        public required double ExcessDeaths { get; init; }
        public required double DeporteeDeathRate { get; init; }
        public required double DeporteeBirthRate { get; init; }
    }

    public readonly record struct Result(double Migrants, double Natural, double WarDeaths, double ExcessDeaths,
        double UrbanPopulation, double DeporteeDeaths, double DeporteeBirths, double Deportees);

    public static Result Step(in Inputs x)
    {
        double natural = x.UrbanPopulation * x.NaturalIncreaseRate / 12.0;
        double warDeaths = x.AtWar ? Math.Min(x.WarDeathsPerMonth, 0.5 * x.UrbanPopulation) : 0;
        double excess = Math.Min(x.ExcessDeaths, 0.01 * x.UrbanPopulation);
        double urban = x.UrbanPopulation + (x.Migrants + natural - warDeaths - excess);
        double deporteeDeaths = x.Deportees * x.DeporteeDeathRate / 12.0, deporteeBirths = x.Deportees * x.DeporteeBirthRate / 12.0;
        return new Result(x.Migrants, natural, warDeaths, excess, urban, deporteeDeaths, deporteeBirths, x.Deportees + (deporteeBirths - deporteeDeaths));
    }
}
