using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>
/// Builds the countryside of March 1921 from the registry's initial conditions: households by
/// zone, size (Poisson around the mean), position in the family cycle, enterprise, allotment land
/// proportional to consumers (the commune's rule of land by eaters), draught animals (a share
/// without any, the rest skewed toward the enterprising), cattle, pigs, sheep and goats, grain and
/// cash. The herds' means are the census herds of 1 January 1916 times the share of each species
/// left in March 1921 (the losses of war, requisition and civil war), over the households of 1921.
/// </summary>
public static class Initialization
{
    public static HouseholdTable Build(Parameters p, RandomStreams rng, double scale, int yearsSimulated, int extraRows = 0)
    {
        int rows = Math.Max(1, (int)Math.Round(p.Households1921 / scale));
        // Divisions add about 2.5% a year; keep room for them, and for territories annexed later.
        int capacity = (int)Math.Min(int.MaxValue - 64, rows * (1.25 + 0.045 * Math.Max(1, yearsSimulated)) + extraRows + 64);
        var h = new HouseholdTable(capacity);
        for (int n = 0; n < rows; n++)
        {
            int i = h.Append();
            Fill(h, i, Zones.Pick(rng.Uniform(RandomPurpose.Initialization, i, 0, 0), Zones.Indices), p, rng, RandomPurpose.Initialization);
        }
        return h;
    }

    /// <summary>
    /// Gives row <paramref name="i"/> a peasant farm of the 1921 kind in zone <paramref name="z"/>,
    /// with draws keyed by (purpose, row): used for the countryside of 1921 and for the peasants of
    /// territories annexed later (Simulation.Annex), who had not been through collectivization.
    /// </summary>
    public static void Fill(HouseholdTable h, int i, int z, Parameters p, RandomStreams rng, RandomPurpose purpose)
    {
        double households = p.Households1921;
        double meanDraughtOwners = p.Horses1916 * p.HorsesLeft1921 / households / (1 - p.HorselessShare1921);
        h.Zone[i] = (byte)z;
        int members = 1 + RandomStreams.PoissonFromUniform(rng.Uniform(purpose, i, 0, 1), p.PersonsPerHousehold1921 - 1, 16);
        h.Members[i] = (short)members;
        h.FamilyAge[i] = (float)(30 * rng.Uniform(purpose, i, 0, 2));
        double enterprise = Math.Exp(p.EnterpriseSpread * rng.Normal(purpose, i, 0, 2));
        h.Enterprise[i] = (float)enterprise;

        float ws = HouseholdTable.WorkerShare(h.FamilyAge[i]);
        float c = HouseholdTable.ConsumerUnits(members, ws);
        double landNoise = 0.85 + 0.3 * rng.Uniform(purpose, i, 0, 6);
        h.Land[i] = (float)(c * p.LandPerConsumer * landNoise);

        double uh = rng.Uniform(purpose, i, 0, 7);
        double horses = 0;
        if (uh >= p.HorselessShare1921)
            horses = 1 + RandomStreams.PoissonFromUniform(rng.Uniform(purpose, i, 0, 8), Math.Max(0, (meanDraughtOwners - 1) * enterprise * enterprise), 8);
        h.DraughtAnimals[i] = (float)horses;
        // Households with a horse had more cattle (weights 1.15 and 0.65 keep the mean at about 30% horseless).
        double cattleMean = p.Cattle1916 * p.CattleLeft1921 / households * (horses > 0 ? 1.15 : 0.65);
        h.Cattle[i] = RandomStreams.PoissonFromUniform(rng.Uniform(purpose, i, 0, 9), cattleMean, 16);
        h.Pigs[i] = RandomStreams.PoissonFromUniform(rng.Uniform(purpose, i, 0, 10), p.Pigs1916 * p.PigsLeft1921 / households, 12);
        h.Sheep[i] = RandomStreams.PoissonFromUniform(rng.Uniform(purpose, i, 0, 12), p.SheepGoats1916 * p.SheepGoatsLeft1921 / households, 40);
        h.Grain[i] = p.GrainStockPerHousehold1921 * (c / 3.3) * (0.5 + rng.Uniform(purpose, i, 0, 11));
        h.Cash[i] = p.CashPerHousehold1921;

        double farmCap = Math.Min(members * ws * p.AreaPerWorker, horses * p.AreaPerDraughtAnimal + members * ws * p.HandTillagePerWorker);
        h.Sown[i] = (float)(0.75 * Math.Min(h.Land[i], farmCap));
        h.Stratum[i] = (byte)Stratum.Middle;
        h.Status[i] = (byte)HouseholdStatus.Individual;
        h.FoodRatio[i] = 1f;
    }
}
