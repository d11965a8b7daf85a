using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>Levers and conditions of the month's collectivization pass.</summary>
public readonly record struct CollectivizationInputs(
    Parameters P,
    double Drive,            // monthly probability that an individual household is brought in while below target
    double Target,           // collectivized share the drive aims at
    double Exit,             // monthly probability that a household brought in by force may leave
    double Dekulakization,   // monthly share of kulak households deported
    double CollectiveShare,  // collectivized share of households at the start of the month
    double TractorIndex,     // tractors relative to 1928: what the collective farm can offer
    double[] PoolLandPerMember,
    double[] PoolDraughtPerMember,
    ulong Key)
{
    /// <summary>The campaign's list this month (Countryside/DeportationLists): individual
    /// households in score bins above <see cref="ListBin"/> are deported, those in it with
    /// probability <see cref="ListMarginal"/>; <see cref="DeportationLists.Bins"/>: no list.</summary>
    public int ListBin { get; init; } = DeportationLists.Bins;
    public double ListMarginal { get; init; }

    /// <summary>By zone: the pooled cattle per member household at the start of the month.</summary>
    public double[] PoolCattlePerMember { get; init; } = Zones.Ones;
    /// <summary>Livestock units a member household keeps on its plot (lever plot_livestock_limit);
    /// its cattle, pigs and sheep beyond it are socialised on entry.</summary>
    public double PlotLivestockLimit { get; init; } = 1.0;
}

/// <summary>
/// The collective farms (kolkhozy) of each zone as pooled land, draught animals and grain, and the
/// monthly movement of households into and out of them; the drive and its targets are policy levers.
/// - **Joining.** An individual household joins voluntarily at <c>voluntary_collectivization_rate</c>
///   a month times the tractors available relative to 1928 (what a collective farm could offer that
///   a family farm could not), and is brought in by force at the lever <c>collectivization_drive</c> while the
///   collectivized share is below <c>collectivization_target</c>. It brings its allotment and its
///   draught animals into the pool — with <c>collective_land_expansion</c> more land, the fallow
///   and idle land consolidated fields and tractors bring into use; it keeps cattle, pigs and
///   sheep up to the lever <c>plot_livestock_limit</c> (in livestock units) and the rest are
///   socialised into the farm's herd; while below the allowance a member household gets back
///   <c>PlotReturnRate</c> of the gap a month from the pooled cattle. A household brought in
///   by force first slaughters <c>forced_entry_slaughter</c> of its animals (the herds of 1929–33).
///   It hands the seed for its land to the collective's seed fund.
/// - **Leaving.** When the lever <c>collective_exit</c> allows it (after "Dizzy with success",
///   March 1930), households brought in by force leave at that monthly rate (volunteers at a tenth
///   of it), taking back their share of the pool's land and half their share of its animals.
/// - **Dekulakization.** By the campaign's lists (lever <c>deportation_quota</c>, households a
///   month, filled from the best-equipped individual peasants: Countryside/DeportationLists), or
///   at the lever <c>dekulakization</c>'s monthly rate among households classed kulak (the
///   endogenous Centre's platform), households are deported: their members
///   leave the countryside for the special settlements, their grain is confiscated by the state,
///   their land and all their animals go to the zone's collective farm.
/// - **The pooled herd** (horses, socialised cattle, pigs and sheep) lives on the pooled land's
///   fodder at <c>collective_fodder_care</c> of its capacity and on the grain the farm keeps after
///   its deliveries (Countryside/Herds); it is not slaughtered down to its fodder in the autumn, and
///   dies faster from neglect (<c>collective_animal_loss</c>).
/// - **Production.** The pool sows in April within its land, the labour of its members (at
///   <c>collective_effort</c>) and its draught power — animals and the tractors of the machine-
///   tractor stations; it harvests in August at <c>collective_efficiency</c> of the individual
///   yield. The harvest goes first to compulsory deliveries (lever <c>kolkhoz_delivery_share</c> of
///   the harvest the plan expects — normal weather at <c>delivery_plan_yield</c> — whatever the
///   weather brought, paid at the procurement price) and payment in kind to the stations, then to next year's seed
///   and the animals' fodder; the rest is shared among members, half by their workers (labour
///   days) and half per eater.
///   Famine follows when deliveries leave members too little (1932–33). Hungry members tend and
///   harvest the crop less well: the yield falls by <c>collective_incentive_loss</c> times the share
///   of the zone's collective farmers who went hungry in the month before the harvest. The lever
///   <c>quota_relief</c> (from January 1933 in the historical scenario) cuts a zone's quota by the
///   same hungry share or by the harvest's weather shortfall (1 − weather), whichever is larger;
///   without it the plan is pressed regardless and hunger can feed on itself.
/// </summary>
public sealed class CollectiveFarms
{
    public readonly double[] Land = new double[Zones.Count];
    public readonly double[] Draught = new double[Zones.Count];
    public readonly double[] Cattle = new double[Zones.Count];
    public readonly double[] Pigs = new double[Zones.Count];
    public readonly double[] Sheep = new double[Zones.Count];
    public readonly double[] Grain = new double[Zones.Count];
    public readonly double[] Sown = new double[Zones.Count];
    public readonly double[] Households = new double[Zones.Count];
    public readonly double[] Workers = new double[Zones.Count];
    public readonly double[] Consumers = new double[Zones.Count];
    /// <summary>Share of the zone's collective farmers who went hungry (food below
    /// <c>subsistence_share</c> of the norm) in the month before the harvest.</summary>
    public readonly double[] Hungry = new double[Zones.Count];

    /// <summary>Before the harvest: the share of each zone's collective farmers (by members) whose
    /// last month's food was below the subsistence share. A single pass over the table, once a year.</summary>
    public void CountHungry(HouseholdTable h, double subsistenceShare)
    {
        Span<double> hungry = stackalloc double[Zones.Count];
        Span<double> members = stackalloc double[Zones.Count];
        for (int i = 0; i < h.Count; i++)
        {
            if (h.Status[i] != (byte)HouseholdStatus.Collective) continue;
            int z = h.Zone[i];
            members[z] += h.Members[i];
            if (h.FoodRatio[i] < subsistenceShare) hungry[z] += h.Members[i];
        }
        for (int z = 0; z < Zones.Count; z++) Hungry[z] = members[z] > 0 ? hungry[z] / members[z] : 0;
    }

    public double TotalLand => Land.Sum();
    public double TotalDraught => Draught.Sum();
    public double TotalCattle => Cattle.Sum();
    public double TotalPigs => Pigs.Sum();
    public double TotalSheep => Sheep.Sum();
    /// <summary>The pooled herds' livestock units.</summary>
    public double TotalUnits => Herds.Units(TotalDraught, TotalCattle, TotalPigs, TotalSheep);
    public double TotalGrain => Grain.Sum();
    public double TotalSown => Sown.Sum();
    public double TotalHouseholds => Households.Sum();

    // Membership pass sums per zone: land and draught animals in and out, members, workers, seed, consumers.
    /// <summary>Monthly share of the gap to its plot's allowance a member household gets back from
    /// the pooled cattle (assumption: the return of 1932-33 took a year or two).</summary>
    public const double PlotReturnRate = 0.05;

    private const int ZLandIn = 0, ZLandOut = 1, ZDraughtIn = 2, ZDraughtOut = 3, ZHouseholds = 4, ZWorkers = 5, ZSeedIn = 6, ZConsumers = 7,
        ZCattleIn = 8, ZPigsIn = 9, ZSheepIn = 10, ZoneWidth = 11;
    /// <summary>Room for this many zones in the membership pass's per-zone sums (checked against <see cref="Zones.Count"/>).</summary>
    private const int MaxZones = 16;

    [System.Runtime.CompilerServices.InlineArray(MaxZones * ZoneWidth)]
    private struct ZoneSlots { private double _element; }

    /// <summary>The membership pass's sums: per zone (<see cref="Zone"/>, by the Z… fields) and national.</summary>
    private struct MembershipSums : IBlockSums<MembershipSums>
    {
        public ZoneSlots Zone;
        public double Joined, Left, DeportedHouseholds, DeportedPersons, ConfiscatedGrain, ConfiscatedCash, SlaughterDraught, SlaughterCattle,
            SlaughterPigs, SlaughterSheep, ForcedJoins, Individual, SeedContributed;

        public static MembershipSums Add(in MembershipSums a, in MembershipSums b)
        {
            var s = new MembershipSums
            {
                Joined = a.Joined + b.Joined, Left = a.Left + b.Left, DeportedHouseholds = a.DeportedHouseholds + b.DeportedHouseholds,
                DeportedPersons = a.DeportedPersons + b.DeportedPersons, ConfiscatedGrain = a.ConfiscatedGrain + b.ConfiscatedGrain,
                ConfiscatedCash = a.ConfiscatedCash + b.ConfiscatedCash, SlaughterDraught = a.SlaughterDraught + b.SlaughterDraught,
                SlaughterCattle = a.SlaughterCattle + b.SlaughterCattle, SlaughterPigs = a.SlaughterPigs + b.SlaughterPigs, SlaughterSheep = a.SlaughterSheep + b.SlaughterSheep,
                ForcedJoins = a.ForcedJoins + b.ForcedJoins, Individual = a.Individual + b.Individual, SeedContributed = a.SeedContributed + b.SeedContributed,
            };
            for (int k = 0; k < MaxZones * ZoneWidth; k++) s.Zone[k] = a.Zone[k] + b.Zone[k];
            return s;
        }
    }

    private readonly record struct MembershipPass(HouseholdTable H, CollectivizationInputs Inputs) : IBlockKernel<MembershipSums>
    {
        public MembershipSums Run(int start, int end) => MembershipKernel(H, Inputs, start, end);
    }

    public readonly record struct MembershipResult(double Joined, double Left, double ForcedJoins, double DeportedHouseholds, double DeportedPersons,
        double ConfiscatedGrain, double ConfiscatedCash, double SlaughterDraught, double SlaughterCattle, double SlaughterPigs, double SlaughterSheep, double CollectiveHouseholds,
        double IndividualHouseholds, double SeedContributed);

    /// <summary>The month's joining, leaving and deportation, household by household, then the
    /// pool's land and animals updated from the block sums (in block order).</summary>
    public MembershipResult Membership(HouseholdTable h, in CollectivizationInputs input, BlockRunner runner)
    {
        Zones.CheckCapacity(MaxZones);
        var s = runner.Run<MembershipPass, MembershipSums>(h.Count, new MembershipPass(h, input));
        for (int z = 0; z < Zones.Count; z++)
        {
            int o = z * ZoneWidth;
            Land[z] = Math.Max(0, Land[z] + s.Zone[o + ZLandIn] - s.Zone[o + ZLandOut]);
            Draught[z] = Math.Max(0, Draught[z] + s.Zone[o + ZDraughtIn] - s.Zone[o + ZDraughtOut]);
            Cattle[z] = Math.Max(0, Cattle[z] + s.Zone[o + ZCattleIn]);
            Pigs[z] += s.Zone[o + ZPigsIn];
            Sheep[z] += s.Zone[o + ZSheepIn];
            Households[z] = s.Zone[o + ZHouseholds];
            Workers[z] = s.Zone[o + ZWorkers];
            Consumers[z] = s.Zone[o + ZConsumers];
            Grain[z] += s.Zone[o + ZSeedIn];
        }
        return new MembershipResult(s.Joined, s.Left, s.ForcedJoins, s.DeportedHouseholds, s.DeportedPersons,
            s.ConfiscatedGrain, s.ConfiscatedCash, s.SlaughterDraught, s.SlaughterCattle, s.SlaughterPigs, s.SlaughterSheep,
            Households.Sum(), s.Individual, s.SeedContributed);
    }

    private static MembershipSums MembershipKernel(HouseholdTable h, in CollectivizationInputs inp, int start, int end)
    {
        var sums = new MembershipSums();
        var p = inp.P;
        double voluntary = p.VoluntaryCollectivizationRate * inp.TractorIndex;
        double forced = inp.CollectiveShare < inp.Target ? inp.Drive : 0;
        bool listed = inp.ListBin < DeportationLists.Bins;
        bool any = voluntary > 0 || forced > 0 || inp.Exit > 0 || inp.Dekulakization > 0 || listed;
        for (int i = start; i < end; i++)
        {
            byte status = h.Status[i];
            if (status >= (byte)HouseholdStatus.Deported) continue;
            int z = h.Zone[i];
            if (any)
            {
                var (u1, u2, u3) = RandomStreams.Split3(RandomStreams.EntityBits(inp.Key, i));
                if (status == (byte)HouseholdStatus.Individual)
                {
                    bool onList = false;
                    if (listed)
                    {
                        int bin = DeportationLists.Bin(DeportationLists.Score(h, i, p.AreaPerDraughtAnimal));
                        onList = bin > inp.ListBin || (bin == inp.ListBin && u1 < inp.ListMarginal);
                    }
                    if (onList || (inp.Dekulakization > 0 && h.Stratum[i] == (byte)Stratum.Kulak && u1 < inp.Dekulakization))
                    {
                        sums.DeportedHouseholds += 1;
                        sums.DeportedPersons += h.Members[i];
                        sums.ConfiscatedGrain += h.Grain[i];
                        sums.ConfiscatedCash += h.Cash[i];
                        sums.Zone[z * ZoneWidth + ZLandIn] += h.Land[i];
                        sums.Zone[z * ZoneWidth + ZDraughtIn] += h.DraughtAnimals[i];
                        sums.Zone[z * ZoneWidth + ZCattleIn] += h.Cattle[i];
                        sums.Zone[z * ZoneWidth + ZPigsIn] += h.Pigs[i];
                        sums.Zone[z * ZoneWidth + ZSheepIn] += h.Sheep[i];
                        h.Status[i] = (byte)HouseholdStatus.Deported;
                        h.Members[i] = 0;
                        h.Grain[i] = 0; h.Cash[i] = 0; h.Land[i] = 0; h.DraughtAnimals[i] = 0; h.Cattle[i] = 0; h.Pigs[i] = 0; h.Sheep[i] = 0;
                        h.TaxDue[i] = 0; h.Sown[i] = 0; h.LeasedIn[i] = 0; h.LeasedOut[i] = 0; h.HiredIn[i] = 0; h.HiredOut[i] = 0;
                        continue;
                    }
                    if (u2 < voluntary + forced)
                    {
                        bool byForce = u2 >= voluntary;
                        if (byForce)
                        {
                            double k = p.ForcedEntrySlaughter;
                            sums.SlaughterDraught += h.DraughtAnimals[i] * k;
                            sums.SlaughterCattle += h.Cattle[i] * k;
                            sums.SlaughterPigs += h.Pigs[i] * k;
                            sums.SlaughterSheep += h.Sheep[i] * k;
                            h.DraughtAnimals[i] *= (float)(1 - k);
                            h.Cattle[i] *= (float)(1 - k);
                            h.Pigs[i] *= (float)(1 - k);
                            h.Sheep[i] *= (float)(1 - k);
                            sums.ForcedJoins += 1;
                        }
                        // Its allotment, and the share of the commune's fallow and idle land that
                        // machinery and consolidated fields bring into use (collective_land_expansion).
                        sums.Zone[z * ZoneWidth + ZLandIn] += h.Land[i] * p.CollectiveLandExpansion;
                        sums.Zone[z * ZoneWidth + ZDraughtIn] += h.DraughtAnimals[i];
                        // Cattle, pigs and sheep beyond the plot's allowance are socialised.
                        double own = Herds.Units(0, h.Cattle[i], h.Pigs[i], h.Sheep[i]);
                        if (own > inp.PlotLivestockLimit)
                        {
                            float keepShare = (float)(inp.PlotLivestockLimit / own);
                            float c = h.Cattle[i] * keepShare, pg = h.Pigs[i] * keepShare, sh = h.Sheep[i] * keepShare;
                            sums.Zone[z * ZoneWidth + ZCattleIn] += h.Cattle[i] - c;
                            sums.Zone[z * ZoneWidth + ZPigsIn] += h.Pigs[i] - pg;
                            sums.Zone[z * ZoneWidth + ZSheepIn] += h.Sheep[i] - sh;
                            h.Cattle[i] = c; h.Pigs[i] = pg; h.Sheep[i] = sh;
                        }
                        // The seed for its land goes into the collective's seed fund.
                        double seedIn = Math.Min(Math.Max(0, h.Grain[i]), h.Land[i] * p.SeedRate);
                        h.Grain[i] -= seedIn;
                        sums.Zone[z * ZoneWidth + ZSeedIn] += seedIn;
                        sums.SeedContributed += seedIn;
                        h.Land[i] = 0; h.DraughtAnimals[i] = 0; h.Sown[i] = 0;
                        h.LeasedIn[i] = 0; h.LeasedOut[i] = 0; h.HiredIn[i] = 0; h.HiredOut[i] = 0;
                        h.Status[i] = (byte)HouseholdStatus.Collective;
                        h.JoinedByForce[i] = (byte)(byForce ? 1 : 0);
                        sums.Joined += 1;
                        status = (byte)HouseholdStatus.Collective;
                    }
                }
                else if (inp.Exit > 0 && u3 < inp.Exit * (h.JoinedByForce[i] == 1 ? 1.0 : 0.1))
                {
                    float land = (float)inp.PoolLandPerMember[z], animals = (float)(0.5 * inp.PoolDraughtPerMember[z]);
                    h.Land[i] = land; h.DraughtAnimals[i] = animals;
                    sums.Zone[z * ZoneWidth + ZLandOut] += land;
                    sums.Zone[z * ZoneWidth + ZDraughtOut] += animals;
                    h.Status[i] = (byte)HouseholdStatus.Individual;
                    h.JoinedByForce[i] = 0;
                    sums.Left += 1;
                    status = (byte)HouseholdStatus.Individual;
                }
            }
            if (status == (byte)HouseholdStatus.Collective)
            {
                // A member household below its plot's allowance gets back a share of the pooled
                // cattle each month (the decree of 26 March 1932: socialised cows returned, heifers
                // sold to cowless households), as far as the pool's cattle per member allow.
                double own = Herds.Units(0, h.Cattle[i], h.Pigs[i], h.Sheep[i]);
                if (own < inp.PlotLivestockLimit && inp.PoolCattlePerMember[z] > 0)
                {
                    double back = Math.Min((inp.PlotLivestockLimit - own) / Herds.CattleUnits, inp.PoolCattlePerMember[z]) * PlotReturnRate;
                    h.Cattle[i] += (float)back;
                    sums.Zone[z * ZoneWidth + ZCattleIn] -= (float)back;
                }
                sums.Zone[z * ZoneWidth + ZHouseholds] += 1;
                float ws = HouseholdTable.WorkerShare(h.FamilyAge[i]);
                sums.Zone[z * ZoneWidth + ZWorkers] += h.Members[i] * ws;
                sums.Zone[z * ZoneWidth + ZConsumers] += HouseholdTable.ConsumerUnits(h.Members[i], ws);
            }
            else sums.Individual += 1;
        }
        return sums;
    }

    public readonly record struct SowingResult(double Sown, double Seed);

    /// <summary>
    /// April, before sowing: the state's seed aid. Where a collective farm's barn holds less seed
    /// than the area it can work needs, the state makes up the difference from its own stocks, as
    /// far as <paramref name="available"/> allows (seed loans of 1931–33, rarely repaid; Davies and
    /// Wheatcroft 2004). Returns the grain given (simulated units).
    /// </summary>
    public double SeedAid(Parameters p, double tractors, double available)
    {
        Span<double> shortfall = stackalloc double[Zones.Count];
        double total = 0, totalLand = TotalLand;
        for (int z = 0; z < Zones.Count; z++)
        {
            double area = SowableArea(p, z, tractors, totalLand);
            shortfall[z] = Math.Max(0, area * p.SeedRate - Math.Max(0, Grain[z]));
            total += shortfall[z];
        }
        if (total <= 0 || available <= 0) return 0;
        double f = Math.Min(1.0, available / total), given = 0;
        for (int z = 0; z < Zones.Count; z++) { Grain[z] += f * shortfall[z]; given += f * shortfall[z]; }
        return given;
    }

    private double SowableArea(Parameters p, int z, double tractors, double totalLand)
    {
        double tractorArea = totalLand > 0 ? tractors * p.AreaPerTractor * Land[z] / totalLand : 0;
        double labour = Workers[z] * p.AreaPerWorker * p.CollectiveEffort;
        double draught = Draught[z] * p.AreaPerDraughtAnimal + tractorArea + Workers[z] * p.HandTillagePerWorker * p.CollectiveEffort;
        return Math.Min(Land[z], Math.Min(labour, draught));
    }

    /// <summary>April: each zone's collective farm sows within land, labour and draught power.</summary>
    public SowingResult Sow(Parameters p, double tractors)
    {
        double totalLand = TotalLand, sown = 0, seed = 0;
        for (int z = 0; z < Zones.Count; z++)
        {
            double area = SowableArea(p, z, tractors, totalLand);
            double need = area * p.SeedRate;
            if (need > Grain[z]) { need = Math.Max(0, Grain[z]); area = need / p.SeedRate; }
            Grain[z] -= need;
            Sown[z] = area;
            sown += area; seed += need;
        }
        return new SowingResult(sown, seed);
    }

    public readonly record struct HarvestResult(double Harvest, double Sown, double Deliveries, double MtsPayment, double Distributed);

    /// <summary>August: harvest, deliveries and payment in kind to the state, seed and fodder kept,
    /// the rest shared per worker.</summary>
    /// <remarks>Fills <paramref name="grainPerWorker"/> and <paramref name="cashPerWorker"/> (deliveries
    /// paid at <paramref name="deliveryPriceRubles"/>) for <see cref="Distribute"/>.</remarks>
    public HarvestResult Harvest(Parameters p, double technique, double[] weather, double tractors, double deliveryShare,
        double deliveryPriceRubles, double[] grainPerWorker, double[] grainPerConsumer, double[] cashPerWorker, double quotaRelief = 0,
        double deliveryCap = double.PositiveInfinity)
    {
        double totalLand = TotalLand, harvest = 0, sown = 0, deliveries = 0, mts = 0, distributed = 0;
        // The zones' quotas on the plan's harvest, scaled down together to the year's delivery plan
        // when it is drawn from the state's claims (Economy/StateGrain.DeliveryPlan).
        Span<double> quota = stackalloc double[Zones.Count], effectiveArea = stackalloc double[Zones.Count];
        double quotaTotal = 0;
        for (int z = 0; z < Zones.Count; z++)
        {
            double s = Sown[z];
            double tractorArea = totalLand > 0 ? tractors * p.AreaPerTractor * Land[z] / totalLand : 0;
            double covered = Math.Min(s, Draught[z] * p.AreaPerDraughtAnimal + tractorArea);
            double effective = effectiveArea[z] = covered + (s - covered) * p.HorselessYieldFactor;
            double planned = effective * p.BaseYield * Zones.All[z].YieldFactor * technique * p.DeliveryPlanYield * p.CollectiveEfficiency;
            double shortfall = Math.Max(Hungry[z], Math.Clamp(1 - weather[z], 0, 1));
            quota[z] = deliveryShare * planned * (1 - Math.Clamp(quotaRelief, 0, 1) * shortfall);
            quotaTotal += quota[z];
        }
        double planScale = quotaTotal > deliveryCap ? deliveryCap / quotaTotal : 1.0;
        var perWorker = grainPerWorker;
        for (int z = 0; z < Zones.Count; z++)
        {
            double s = Sown[z];
            double tractorArea = totalLand > 0 ? tractors * p.AreaPerTractor * Land[z] / totalLand : 0;
            double effective = effectiveArea[z];
            // Hungry members cannot tend and bring in the crop (Davies and Wheatcroft 2004, ch. 4-5).
            double care = 1 - p.CollectiveIncentiveLoss * Hungry[z];
            double y = effective * p.BaseYield * Zones.All[z].YieldFactor * technique * weather[z] * p.CollectiveEfficiency * care;
            // The delivery quota is fixed on the plan's harvest — normal weather at the planned yield —
            // not on the actual one: a bad year's shortfall falls on the members, not on the state
            // (Davies and Wheatcroft 2004, The Years of Hunger, ch. 5-7: the 1931 and 1932 plans were
            // pressed against failed harvests; from January 1933 the norms were fixed per hectare).
            // Where members went hungry, or the weather failed, the state may cut the quota (lever
            // quota_relief: the cuts and per-hectare norms of 1933, the reduced plans of the drought
            // regions in 1936); before 1933 it pressed the plan regardless (the quota above).
            double d = Math.Min(y, quota[z] * planScale);
            double m = s > 0 ? Math.Min(y - d, p.MtsPaymentShare * y * Math.Min(1.0, tractorArea / s)) : 0;
            double afterState = y - d - m;
            // Keep what next year's seed and the animals' fodder still need beyond the barn's stock.
            double keep = Math.Min(afterState, Math.Max(0, Land[z] * p.SeedRate + HouseholdMonth.FodderNorm(p, Draught[z], Cattle[z], Pigs[z], Sheep[z]) - Math.Max(0, Grain[z])));
            double share = afterState - keep;
            Grain[z] += y - d - m - share;
            // Half the grain is shared by labour days (per worker), half per eater (consumer unit).
            perWorker[z] = Workers[z] > 0 ? 0.5 * share / Workers[z] : 0;
            grainPerConsumer[z] = Consumers[z] > 0 ? 0.5 * share / Consumers[z] : 0;
            cashPerWorker[z] = Workers[z] > 0 ? d * deliveryPriceRubles / Workers[z] : 0;
            if (Workers[z] <= 0) Grain[z] += share; // nobody to share with: stays in the barn
            else distributed += share;
            harvest += y; sown += s; deliveries += d; mts += m;
        }
        return new HarvestResult(harvest, sown, deliveries, mts, distributed);
    }

    /// <summary>Credits each collective household its workers' share of grain and cash.</summary>
    public static (double Grain, double Cash) Distribute(HouseholdTable h, BlockRunner runner, double[] grainPerWorker, double[] grainPerConsumer, double[] cashPerWorker)
    {
        var s = runner.Run<DistributePass, GrainAndCash>(h.Count, new DistributePass(h, grainPerWorker, grainPerConsumer, cashPerWorker));
        return (s.Grain, s.Cash);
    }

    private struct GrainAndCash : IBlockSums<GrainAndCash>
    {
        public double Grain, Cash;

        public static GrainAndCash Add(in GrainAndCash a, in GrainAndCash b) => new() { Grain = a.Grain + b.Grain, Cash = a.Cash + b.Cash };
    }

    private readonly record struct DistributePass(HouseholdTable H, double[] GrainPerWorker, double[] GrainPerConsumer, double[] CashPerWorker)
        : IBlockKernel<GrainAndCash>
    {
        public GrainAndCash Run(int start, int end)
        {
            var h = H;
            var sums = new GrainAndCash();
            for (int i = start; i < end; i++)
            {
                if (h.Status[i] != (byte)HouseholdStatus.Collective) continue;
                float ws = HouseholdTable.WorkerShare(h.FamilyAge[i]);
                double w = h.Members[i] * ws, cu = HouseholdTable.ConsumerUnits(h.Members[i], ws);
                int z = h.Zone[i];
                double g = GrainPerWorker[z] * w + GrainPerConsumer[z] * cu, c = CashPerWorker[z] * w;
                h.Grain[i] += g; h.Cash[i] += c;
                sums.Grain += g; sums.Cash += c;
            }
            return sums;
        }
    }

    /// <summary>Pooled herd's result for the month (simulated rows).</summary>
    public readonly record struct PoolMonth(double Fodder, double Losses, double Meat, double Milk, double WantDeathUnits, double Capacity);

    /// <summary>A month of the pooled herds (Countryside/Herds): fed from the pooled land's roughage
    /// at <c>collective_fodder_care</c> of its capacity and from the farm's grain (lightly on
    /// summer pasture), breeding with fodder, dying faster without it and from neglect
    /// (<c>collective_animal_loss</c>); no autumn slaughter down to the fodder.</summary>
    /// <remarks>From the harvest to the sowing the seed fund — next spring's seed for the farm's
    /// land — is not fed to the animals (the seed funds were inviolable by law).</remarks>
    public PoolMonth Month(Parameters p, bool pasture, bool seedFundHeld, double[] fodderWeather, in Herds.Rates rates)
    {
        double fodder = 0, losses = 0, meat = 0, milk = 0, want = 0, capacitySum = 0;
        double neglect = p.CollectiveAnimalLoss / 12.0;
        for (int z = 0; z < Zones.Count; z++)
        {
            var herd = new Herd(Draught[z], Cattle[z], Pigs[z], Sheep[z]);
            double need = HouseholdMonth.FodderNorm(p, herd.Horses, herd.Cattle, herd.Pigs, herd.Sheep) / 12.0 * (pasture ? 0.3 : 1.0);
            double seedFund = seedFundHeld ? Land[z] * p.SeedRate : 0;
            double fed = Math.Min(need, Math.Max(0, Grain[z] - seedFund));
            Grain[z] -= fed;
            double capacity = Land[z] * p.FodderCapacityPerHa * fodderWeather[z] * p.CollectiveFodderCare;
            double grainAdequacy = need > 0 ? fed / need : 1.0;
            double adequacy = Herds.Adequacy(herd.Units, capacity, grainAdequacy, p.GrainShareOfRation);
            double horseAdequacy = Herds.Adequacy(herd.Units, capacity, grainAdequacy, p.HorseGrainShare);
            var hm = Herds.Month(herd, adequacy, horseAdequacy, 1.0, rates, neglect);
            (Draught[z], Cattle[z], Pigs[z], Sheep[z]) = (hm.After.Horses, hm.After.Cattle, hm.After.Pigs, hm.After.Sheep);
            double loss = Grain[z] > 0 ? Grain[z] * p.StorageLossRate : 0;
            Grain[z] -= loss;
            fodder += fed; losses += loss; meat += hm.Meat; milk += hm.Milk; want += hm.WantDeaths; capacitySum += capacity;
        }
        return new PoolMonth(fodder, losses, meat, milk, want, capacitySum);
    }
}
