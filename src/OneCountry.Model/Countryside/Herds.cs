namespace OneCountry.Model.Countryside;

/// <summary>One herd: draught animals (horses and oxen), cattle (cows among them), pigs, sheep and
/// goats, in head.</summary>
public record struct Herd(double Horses, double Cattle, double Pigs, double Sheep)
{
    /// <summary>Livestock units: the herd's fodder need in cattle-unit equivalents.</summary>
    public readonly double Units => Herds.Units(Horses, Cattle, Pigs, Sheep);
}

/// <summary>What one month did to a herd: the products, and the animals lost for want of fodder.</summary>
public record struct HerdMonth(Herd After, double Meat, double Milk, double Slaughtered, double Births, double WantDeaths);

/// <summary>
/// The peasant herd and its fodder (hypothesis: the herds of the 1920s and 1930s were limited by
/// fodder, not by breeding — the land's hay, straw and pasture set a ceiling, grain fodder
/// supplements it, and what cannot be fed is slaughtered in the autumn or dies in the winter).
/// - **Fodder.** A herd's need is its livestock units (horse 1.0, head of cattle 0.8, pig 0.3,
///   sheep or goat 0.1 — the conventional coefficients of Soviet livestock statistics, rounded).
///   The full ration is <c>grain_share_of_ration</c> grain and the rest roughage; a working
///   horse's is <c>horse_grain_share</c> grain (oats: a horse ate about 400 kg a year before 1914,
///   Allen 2003), so horses starve first when grain runs short. The roughage
///   capacity — the units the hay, straw and pasture carry beside the normal grain — is
///   <c>fodder_capacity_per_ha</c> times the land, times the year's weather to the power
///   <c>fodder_weather_elasticity</c> (a drought burns the meadows). The ration's adequacy is
///   a = min(1, (1 − g) · min(1/(1 − g), capacity / units) + g · min(1, grain fed / grain norm)),
///   g the grain share: ample roughage stands in for grain, grain cannot replace missing hay.
/// - **The month.** Every species breeds at its rate times clamp((a − 0.4)/0.5, 0, 1) (ample
///   grain feeding raises it slightly); below <c>ration_survival_share</c> s of the ration the
///   animals starve: with starvation σ = (s − a)/s, each dies at its rate plus
///   <c>fodder_want_mortality</c> · σ, and cattle, pigs and sheep are slaughtered at their
///   offtake plus <c>distress_slaughter</c> · σ. Meat is the slaughter times the slaughter
///   weights; milk the cows' (<c>cow_share</c> of the cattle) yield times a.
/// - **The village's fodder.** The individual peasants' roughage is their zone's: capacity of all
///   their land over all their herds (the commune's common pasture and the hay trade between
///   neighbours); a collective farmer's plot herd lives on its plot (lever
///   <c>plot_livestock_limit</c>), the farm's pooled herd on the pooled land.
/// - **The autumn slaughter.** In December (after the first frosts) households that can kill or sell what they cannot
///   winter bring their herds down to the capacity, every species in proportion (in the autumn
///   of 1921 the Volga peasants sold their horses for a few puds of grain): the herds of the
///   individual peasants stop at their fodder ceiling. A collective farm's pooled herd
///   has no such rule (it could neither sell nor slaughter without permission), so its
///   overstock dies in the winter — the fodder crisis of 1930–33.
/// Sources: Davies 1980 (The Socialist Offensive, ch. 1; The Soviet Collective Farm) and Wheatcroft
/// and Davies 1994 on the fodder shortage behind the herds' fall; Chayanov 1925 on the peasant
/// farm's balance of fodder and stock.
/// </summary>
public static class Herds
{
    public const double HorseUnits = 1.0, CattleUnits = 0.8, PigUnits = 0.3, SheepUnits = 0.1;

    public static double Units(double horses, double cattle, double pigs, double sheep) =>
        HorseUnits * horses + CattleUnits * cattle + PigUnits * pigs + SheepUnits * sheep;

    /// <summary>By zone, the individual peasants' roughage capacity over their herd (the commune's
    /// meadows, pastures and hay are shared: the village herd grazed the common pasture and hay was
    /// bought and sold between neighbours, so a household's animals live on the village's fodder,
    /// not on its own strips). One pass, used for the first month; later months carry the
    /// settlement pass's sums.</summary>
    public static void ZoneRoughage(HouseholdTable h, Parameters p, double[] fodderWeather, double[] ratio)
    {
        Span<double> units = stackalloc double[Zones.Count];
        Span<double> capacity = stackalloc double[Zones.Count];
        for (int i = 0; i < h.Count; i++)
        {
            if (h.Status[i] != (byte)HouseholdStatus.Individual) continue;
            int z = h.Zone[i];
            units[z] += Units(h.DraughtAnimals[i], h.Cattle[i], h.Pigs[i], h.Sheep[i]);
            capacity[z] += h.Land[i] * p.FodderCapacityPerHa * fodderWeather[z];
        }
        for (int z = 0; z < Zones.Count; z++) ratio[z] = Ratio(capacity[z], units[z]);
    }

    /// <summary>Capacity over units (large when there are no animals).</summary>
    public static double Ratio(double capacity, double units) => units > 1e-12 ? capacity / units : 1e6;

    /// <summary>The year's hay, straw, pasture and garden relative to normal, from the harvest's
    /// weather (weather^<c>fodder_weather_elasticity</c>); computed once a year by zone.</summary>
    public static double WeatherFactor(Parameters p, double weather) =>
        Math.Pow(Math.Max(0.05, weather), p.FodderWeatherElasticity);

    /// <summary>The share of the full ration a herd of <paramref name="units"/> gets from
    /// <paramref name="capacity"/> units of roughage and grain at <paramref name="grainAdequacy"/>
    /// of its norm.</summary>
    public static double Adequacy(double units, double capacity, double grainAdequacy, double grainShare) =>
        units <= 1e-12 ? 1.0 : AdequacyAtRatio(capacity / units, grainAdequacy, grainShare);

    /// <summary>The ration's adequacy where the roughage is <paramref name="ratio"/> times what the
    /// herd needs beside its grain.</summary>
    public static double AdequacyAtRatio(double ratio, double grainAdequacy, double grainShare)
    {
        // Ample hay and pasture stand in for the grain the animals do not get.
        double rough = Math.Min(1.0 / (1 - grainShare), ratio);
        return Math.Min(1.0, (1 - grainShare) * rough + grainShare * Math.Clamp(grainAdequacy, 0, 1));
    }

    /// <summary>Breeding at ration adequacy <paramref name="adequacy"/>: full from 90% of the
    /// ration, none below 40% (underfed cows do not come into calf, sows do not farrow).</summary>
    public static double Breeding(double adequacy) => Math.Clamp((adequacy - 0.4) / 0.5, 0, 1);

    /// <summary>Starvation at ration adequacy <paramref name="adequacy"/>: 0 at or above
    /// <paramref name="survival"/> of the ration (underfed animals lose condition but live), 1
    /// with no fodder at all.</summary>
    public static double Starvation(double adequacy, double survival) => Math.Max(0, survival - adequacy) / survival;

    /// <summary>The month's rates (per head per month) from the registry, computed once a month.</summary>
    public readonly record struct Rates(
        double HorseBirth, double HorseDeath, double CattleBirth, double CattleDeath, double CattleOfftake,
        double PigBirth, double PigDeath, double PigOfftake, double SheepBirth, double SheepDeath, double SheepOfftake,
        double WantMortality, double Distress, double CattleWeight, double PigWeight, double SheepWeight, double MilkPerCattle, double Survival)
    {
        public static Rates Of(Parameters p)
        {
            const double m = 1.0 / 12.0;
            return new Rates(p.DraughtBirthRate * m, p.DraughtDeathRate * m, p.CattleBirthRate * m, p.CattleDeathRate * m, p.CattleOfftake * m,
                p.PigBirthRate * m, p.PigDeathRate * m, p.PigOfftake * m, p.SheepBirthRate * m, p.SheepDeathRate * m, p.SheepOfftake * m,
                p.FodderWantMortality * m, p.DistressSlaughter * m, p.CattleSlaughterWeight, p.PigSlaughterWeight, p.SheepSlaughterWeight,
                p.CowShare * p.MilkYield * m, p.RationSurvivalShare);
        }
    }

    /// <summary>One month of a herd at ration adequacy <paramref name="adequacy"/>;
    /// <paramref name="fertility"/> scales births (ample grain feeding, up to 1.1);
    /// <paramref name="extraDeath"/> adds a monthly death rate (neglect in common stables).</summary>
    public static HerdMonth Month(in Herd herd, double adequacy, double fertility, in Rates r, double extraDeath = 0) =>
        Month(herd, adequacy, adequacy, fertility, r, extraDeath);

    /// <summary>One month of a herd whose working horses get <paramref name="horseAdequacy"/> of
    /// their ration (more of it grain) and the other animals <paramref name="adequacy"/>.</summary>
    public static HerdMonth Month(in Herd herd, double adequacy, double horseAdequacy, double fertility, in Rates r, double extraDeath)
    {
        double lack = Starvation(adequacy, r.Survival);
        double breed = Breeding(adequacy) * fertility;
        double want = r.WantMortality * lack;
        double distress = r.Distress * lack;
        double horseWant = r.WantMortality * Starvation(horseAdequacy, r.Survival);
        double hb = herd.Horses * r.HorseBirth * Breeding(horseAdequacy) * fertility, hd = herd.Horses * (r.HorseDeath + horseWant + extraDeath);
        double cb = herd.Cattle * r.CattleBirth * breed, cd = herd.Cattle * (r.CattleDeath + want + extraDeath), cs = herd.Cattle * (r.CattleOfftake + distress);
        double pb = herd.Pigs * r.PigBirth * breed, pd = herd.Pigs * (r.PigDeath + want + extraDeath), ps = herd.Pigs * (r.PigOfftake + distress);
        double sb = herd.Sheep * r.SheepBirth * breed, sd = herd.Sheep * (r.SheepDeath + want + extraDeath), ss = herd.Sheep * (r.SheepOfftake + distress);
        // No species loses more than it has in one month.
        var after = new Herd(
            Math.Max(0, herd.Horses + hb - hd),
            Math.Max(0, herd.Cattle + cb - cd - cs),
            Math.Max(0, herd.Pigs + pb - pd - ps),
            Math.Max(0, herd.Sheep + sb - sd - ss));
        double meat = cs * r.CattleWeight + ps * r.PigWeight + ss * r.SheepWeight;
        double milk = herd.Cattle * r.MilkPerCattle * Math.Min(1, adequacy);
        double wantDeaths = Units(herd.Horses * horseWant, herd.Cattle * want, herd.Pigs * want, herd.Sheep * want);
        return new HerdMonth(after, meat, milk, cs + ps + ss, hb + cb + pb + sb, wantDeaths);
    }

    /// <summary>The autumn slaughter: where the roughage is <paramref name="ratio"/> &lt; 1 of the
    /// herd's need, every species is brought down in proportion until the herd's units are
    /// <paramref name="ratio"/> of what they were: cattle, pigs and sheep slaughtered (meat), the
    /// horses sold off the farm or killed for their hides (no meat counted). Returns the herd
    /// after, with the meat (t) and the head slaughtered (horses not counted).</summary>
    public static Herd Cull(in Herd herd, double ratio, in Rates r, out double meat, out double slaughtered)
    {
        meat = 0; slaughtered = 0;
        if (ratio >= 1) return herd;
        double keep = Math.Max(0, ratio), kill = 1 - keep;
        double c = herd.Cattle * kill, pg = herd.Pigs * kill, s = herd.Sheep * kill;
        meat = c * r.CattleWeight + pg * r.PigWeight + s * r.SheepWeight;
        slaughtered = c + pg + s;
        return new Herd(herd.Horses * keep, herd.Cattle - c, herd.Pigs - pg, herd.Sheep - s);
    }

    /// <summary>Hunger slaughter for <paramref name="food"/> tonnes of grain equivalent: pigs
    /// first (they eat what people eat: grain, potatoes and scraps), then sheep and goats;
    /// returns the food obtained.</summary>
    public static double EatSmallStock(ref Herd herd, double food, double pigFood, double sheepFood)
    {
        if (food <= 0) return 0;
        double pigs = Math.Min(herd.Pigs, food / pigFood);
        herd.Pigs -= pigs;
        double got = pigs * pigFood;
        double sheep = Math.Min(herd.Sheep, Math.Max(0, food - got) / sheepFood);
        herd.Sheep -= sheep;
        return got + sheep * sheepFood;
    }
}
