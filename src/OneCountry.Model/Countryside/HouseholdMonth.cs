using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>Aggregate conditions every household faces in one month.</summary>
public readonly record struct MonthInputs(
    Parameters P,
    int CalendarMonth,
    int MonthsToHarvest,
    bool SeedReserveHeld,
    double Incentive,
    double StateShare,
    double Enforcement,
    double StatePriceRubles,
    double ExpectedPriceRubles,
    double LivestockPriceIndex,
    double Availability,
    double IndustrialPrice,
    double ManufacturesWantPerConsumer,
    double BuyPriceRubles,
    double TaxInstalmentFraction,
    double PrecautionShare,
    double NonfarmIncomePerWorker,
    double MigrationFactor,
    double FlightFactor,
    bool Pasture,
    ulong DemographyKey)
{
    /// <summary>By zone: the livestock units one hectare of allotment carries this year (the
    /// fodder capacity per hectare times the latest harvest's weather, Countryside/Herds).</summary>
    public double[] FodderCapacityPerHa { get; init; } = Zones.Ones;
    /// <summary>By zone: the individual peasants' roughage capacity over their herd last month
    /// (Countryside/Herds.ZoneRoughage).</summary>
    public double[] RoughageRatio { get; init; } = Zones.Ones;
    /// <summary>By zone: the latest harvest's weather to the power of the fodder elasticity, for
    /// the garden and the collective farmer's plot.</summary>
    public double[] FodderWeather { get; init; } = Zones.Ones;
    /// <summary>Livestock units a collective farmer's household may keep and feed on its plot in a
    /// normal year (lever plot_livestock_limit).</summary>
    public double PlotLivestockLimit { get; init; } = 1.0;
    /// <summary>The herds' monthly rates (computed once a month from the registry).</summary>
    public Herds.Rates HerdRates { get; init; }
    /// <summary>December: households bring their herds down to what they can winter.</summary>
    public bool AutumnSlaughter { get; init; }

    /// <summary>Extra deaths per person per year by zone from scripted events the model does not
    /// produce by a mechanism (the nomads' famine in Kazakhstan, the executions of 1937-38); null: none.</summary>
    public double[]? ExcessDeathRate { get; init; }
}

/// <summary>
/// One month of every peasant household, in two passes with the grain market between them.
/// **Pass 1 (offers at the expected price).**
/// 1. *Marketing.* The household keeps back food and fodder until the next harvest, next spring's
///    seed and a precautionary reserve (released over the six months before the harvest); of the rest (the marketable surplus) it offers a share that
///    rises with the marketing incentive — what a tonne of grain buys in manufactures, discounted
///    when manufactures cannot be bought (incentive^elasticity). When manufactures are dear or
///    absent, grain stays in the barn or goes to the animals: the procurement crises of 1923 and
///    1927/28 arise from this. It sells beyond its surplus only to pay its money
///    tax. Extraordinary measures take a further share by force at the procurement price.
/// 2. *Food order.* If its own grain above seed will not feed it this month, it orders grain from
///    private traders, as far as its expected cash reaches.
/// **Pass 2 (settlement and subsistence)**, once the month's grain market has cleared (see
/// <see cref="Economy.GrainMarket"/>) and set the price received and the share of food orders
/// traders can fill:
/// 3. *Sales and money.* Each offer is scaled by the response of sales to the cleared price
///    (capped by the whole surplus) and paid at the realised price; livestock products and crafts and seasonal
///    work (otkhod) bring cash; food bought is paid; the tax instalment is paid; a share of cash is
///    spent on manufactures, of which only the available share can be bought; cash above half a
///    year's manufactures budget goes, other_spending_rate a month, on other goods and services.
/// 4. *Food.* The household eats what it bought, then its own grain above next spring's seed, then
///    slaughters small livestock and cattle, then eats the seed, and its draught animals last.
/// 5. *Fodder and losses.* The working ration is fed while half the family's food to the harvest
///    is protected; extra feeding (when selling pays poorly) only from grain beyond
///    all of it; grain feeding is light on summer pasture. Stored grain suffers losses.
/// 6. *Livestock* breed with fodder and die faster without it.
/// 7. *Demography.* Births and deaths (Poisson), with extra deaths when food falls below the
///    subsistence share; one member may leave for town, more readily when hungry.
/// </summary>
public static class HouseholdMonth
{
    /// <summary>Pass 1: grain offered for sale at the expected price (per household in
    /// <paramref name="offered"/>), the most it would sell at a better price (<paramref name="caps"/>),
    /// forced procurement, and food orders (in <paramref name="foodOrders"/>).</summary>
    public static OfferSums Offer(HouseholdTable h, in MonthInputs input, BlockRunner runner, float[] offered, float[] caps, float[] foodOrders) =>
        runner.Run<OfferPass, OfferSums>(h.Count, new OfferPass(h, input, offered, caps, foodOrders));

    /// <summary>Pass 2: each household sells its offer scaled by <paramref name="saleScale"/> (the
    /// response of its sales to the price the market actually cleared at, capped by what it would
    /// sell at all), paid at <paramref name="salePriceRubles"/>; food orders filled at
    /// <paramref name="fill"/> and paid at <paramref name="buyPriceRubles"/>; then the month's
    /// consumption, livestock and people.</summary>
    public static SettleSums Settle(HouseholdTable h, in MonthInputs input, BlockRunner runner, float[] offered, float[] caps, float[] foodOrders,
        double saleScale, double salePriceRubles, double fill, double buyPriceRubles) =>
        runner.Run<SettlePass, SettleSums>(h.Count, new SettlePass(h, input, offered, caps, foodOrders, saleScale, salePriceRubles, fill, buyPriceRubles));

    private readonly struct OfferPass(HouseholdTable h, MonthInputs inp, float[] offered, float[] caps, float[] foodOrders) : IBlockKernel<OfferSums>
    {
        public OfferSums Run(int start, int end) => OfferKernel(h, inp, start, end, offered, caps, foodOrders);
    }

    private readonly struct SettlePass(HouseholdTable h, MonthInputs inp, float[] offered, float[] caps, float[] foodOrders,
        double saleScale, double salePrice, double fill, double buyPrice) : IBlockKernel<SettleSums>
    {
        public SettleSums Run(int start, int end) => SettleKernel(h, inp, start, end, offered, caps, foodOrders, saleScale, salePrice, fill, buyPrice);
    }

    private static OfferSums OfferKernel(HouseholdTable h, in MonthInputs inp, int start, int end, float[] offered, float[] caps, float[] foodOrders)
    {
        var p = inp.P;
        double incentivePow = Math.Pow(FastMath.Max(inp.Incentive, 1e-6), p.SaleIncentiveElasticity);
        double sellShare = FastMath.Min(1.0, p.SalePropensity * incentivePow);
        double productsCash = LivestockProductsCash(inp);
        int r = inp.MonthsToHarvest;
        double fodderAhead = r * 0.5 / 12.0;
        double precaution = inp.PrecautionShare * FastMath.Min(1.0, r / 6.0);
        double invExpectedPrice = inp.ExpectedPriceRubles > 0 ? 1.0 / inp.ExpectedPriceRubles : 0;
        double invBuyPrice = inp.BuyPriceRubles > 0 ? 1.0 / inp.BuyPriceRubles : 0;
        double offeredSum = 0, forcedSum = 0, forcedRevenue = 0, ordersSum = 0, capsSum = 0;

        for (int i = start; i < end; i++)
        {
            offered[i] = 0;
            caps[i] = 0;
            foodOrders[i] = 0;
            if (h.Status[i] >= (byte)HouseholdStatus.Deported) continue;
            int m = h.Members[i];
            float ws = HouseholdTable.WorkerShare(h.FamilyAge[i]);
            double c = HouseholdTable.ConsumerUnits(m, ws);
            double annualFood = c * p.GrainNeedPerConsumer;
            double monthlyFood = annualFood * (1.0 / 12.0);
            double fodderNorm = FodderNorm(p, h.DraughtAnimals[i], h.Cattle[i], h.Pigs[i], h.Sheep[i]);
            double g = h.Grain[i];
            double cash = h.Cash[i];

            double seedKept = inp.SeedReserveHeld ? h.Sown[i] * p.SeedRate : 0;
            // The insurance stock guards against next year's harvest failing; it is released as the
            // new crop comes within six months of the sickle.
            double reserve = monthlyFood * r + seedKept + fodderNorm * fodderAhead + annualFood * precaution;
            double surplus = FastMath.Max(0, g - reserve);
            double sales = surplus * sellShare;
            double forced = inp.Enforcement * (surplus - sales);
            // Expected cash from livestock products: the cows' milk and the offtake at the full ration.
            double otherCash = h.Cattle[i] * productsCash + m * ws * inp.NonfarmIncomePerWorker;
            double instalment = h.TaxDue[i] * inp.TaxInstalmentFraction;
            double expectedCash = cash + otherCash + forced * inp.StatePriceRubles + sales * inp.ExpectedPriceRubles;
            if (instalment > expectedCash && inp.ExpectedPriceRubles > 0)
                sales += FastMath.Min((instalment - expectedCash) * invExpectedPrice, FastMath.Max(0, g - sales - forced - monthlyFood - seedKept));
            g -= forced;

            // It buys what its ration falls short of: its grain spread over the months to the harvest.
            double gap = monthlyFood - FastMath.Max(0, g - sales - seedKept) / FastMath.Max(1, r);
            if (gap > 0 && inp.BuyPriceRubles > 0)
            {
                double spendable = cash + otherCash + forced * inp.StatePriceRubles + sales * inp.ExpectedPriceRubles - instalment;
                float order = (float)FastMath.Max(0, FastMath.Min(gap, 0.9 * spendable * invBuyPrice));
                foodOrders[i] = order;
                ordersSum += order;
            }
            float sold = (float)sales;
            float cap = (float)FastMath.Max(sales, FastMath.Max(0, g - reserve));
            offered[i] = sold;
            caps[i] = cap;
            h.Grain[i] = g;
            h.Cash[i] = cash + forced * inp.StatePriceRubles;
            offeredSum += sold; capsSum += cap; forcedSum += forced; forcedRevenue += forced * inp.StatePriceRubles;
        }
        return new OfferSums { Offered = offeredSum, Forced = forcedSum, ForcedRevenue = forcedRevenue, FoodOrders = ordersSum, SaleCaps = capsSum };
    }

    /// <summary>Cash a head of cattle brings a month from the products sold at the full ration:
    /// the cows' milk and the cattle's offtake (rubles), for the household's expected cash.</summary>
    private static double LivestockProductsCash(in MonthInputs inp)
    {
        var p = inp.P;
        double grainRubles = p.GrainPrice1913 * inp.LivestockPriceIndex;
        return p.LivestockProductsSold * grainRubles / 12.0
            * (p.CowShare * p.MilkYield * p.MilkPrice + p.CattleOfftake * p.CattleSlaughterWeight * p.MeatPrice);
    }

    /// <summary>The grain a herd is fed in a year at the normal ration (t).</summary>
    public static double FodderNorm(Parameters p, double horses, double cattle, double pigs, double sheep) =>
        horses * p.FodderGrainPerDraughtAnimal + cattle * p.FodderGrainPerCattle + pigs * p.FodderGrainPerPig + sheep * p.FodderGrainPerSheep;

    private static SettleSums SettleKernel(HouseholdTable h, in MonthInputs inp, int start, int end, float[] offered, float[] caps, float[] foodOrders,
        double saleScale, double salePrice, double fill, double buyPrice)
    {
        var p = inp.P;
        // Per-month constants, with divisions done once here rather than per household.
        const double month = 1.0 / 12.0;
        double fodderIntensity = 1 + p.FodderResponse * FastMath.Max(0, 1 - inp.Incentive);
        double seasonal = inp.Pasture ? 0.3 : 1.0;
        double grainRubles = p.GrainPrice1913 * inp.LivestockPriceIndex;
        double meatCash = p.LivestockProductsSold * p.MeatPrice * grainRubles, milkCash = p.LivestockProductsSold * p.MilkPrice * grainRubles;
        double meatFood = (1 - p.LivestockProductsSold) * p.MeatGrainEquivalent, milkFood = (1 - p.LivestockProductsSold) * p.MilkGrainEquivalent;
        double famineThreshold = p.SubsistenceShare, invFamineThreshold = 1.0 / famineThreshold;
        double leanShare = FastMath.Max(p.LeanRationShare, famineThreshold);
        double foodPerConsumer = (p.GrainNeedPerConsumer + p.NongrainFoodNorm) * month;
        double gardenPerConsumer = p.GardenFoodPerConsumer * month;
        double grainPrice1913 = p.GrainPrice1913;
        double invIndustrialPrice = inp.IndustrialPrice > 0 ? 1.0 / inp.IndustrialPrice : 0;
        double invBuyPrice = buyPrice > 0 ? 1.0 / buyPrice : 0;
        var rates = inp.HerdRates;
        // Food from slaughtering one animal in hunger (grain equivalent); a horse as a head of cattle.
        double sheepFood = p.SheepSlaughterWeight * p.MeatGrainEquivalent, pigFood = p.PigSlaughterWeight * p.MeatGrainEquivalent,
            cattleFood = p.CattleSlaughterWeight * p.MeatGrainEquivalent;
        double fodderSeason = month * seasonal, grainShare = p.GrainShareOfRation, horseGrainShare = p.HorseGrainShare;
        double birthRate = p.BirthRate * month, deathRate0 = p.DeathRate * month, famineMortality = p.FamineMortality * month;
        var excess = inp.ExcessDeathRate;
        var capacityPerHa = inp.FodderCapacityPerHa;
        var roughage = inp.RoughageRatio;
        var zoneHerd = new ZoneHerdSlots();
        var fodderWeather = inp.FodderWeather;
        double migration = p.MigrationRate * inp.MigrationFactor * month;
        // Flight from hunger is its own flow, not a labour move (it ignores the towns' jobs).
        double flight = p.HungerFlightRate * inp.FlightFactor * month;
        int r = inp.MonthsToHarvest;
        double invMonthsLeft = 1.0 / FastMath.Max(1, r);

        double soldSum = 0, otherSum = 0, revenueSum = 0, livestockSum = 0, nonfarmSum = 0, taxSum = 0, spentSum = 0, desiredSum = 0,
            food = 0, fodderSum = 0, losses = 0, boughtSum = 0, boughtCash = 0, slaughterSum = 0, birthsSum = 0, deathsSum = 0,
            famineSum = 0, migrantsSum = 0, membersSum = 0, foodRatioSum = 0, grainSum = 0, cashSum = 0, draughtSum = 0,
            cattleSum = 0, pigsSum = 0, sheepSum = 0, householdsSum = 0, meatSum = 0, milkSum = 0, wantSum = 0, capacitySum = 0,
            nongrainSum = 0;

        for (int i = start; i < end; i++)
        {
            if (h.Status[i] >= (byte)HouseholdStatus.Deported)
            {
                grainSum += h.Grain[i];
                cashSum += h.Cash[i];
                continue;
            }
            int m = h.Members[i];
            int z = h.Zone[i];
            float ws = HouseholdTable.WorkerShare(h.FamilyAge[i]);
            double c = HouseholdTable.ConsumerUnits(m, ws);
            double needTotal = c * foodPerConsumer;
            var herd = new Herd(h.DraughtAnimals[i], h.Cattle[i], h.Pigs[i], h.Sheep[i]);
            double fodderNorm = FodderNorm(p, herd.Horses, herd.Cattle, herd.Pigs, herd.Sheep);
            double g = h.Grain[i];
            double cash = h.Cash[i];

            // 3. Sales at the cleared price, and money.
            double sold = FastMath.Min((double)caps[i], offered[i] * saleScale);
            g -= sold;
            double revenue = sold * salePrice;
            double nf = m * ws * inp.NonfarmIncomePerWorker;
            cash += revenue + nf;
            double bought = buyPrice > 0 ? FastMath.Min(foodOrders[i] * fill, FastMath.Max(0, cash) * invBuyPrice) : 0;
            double paidForFood = bought * buyPrice;
            cash -= paidForFood;
            double instalment = h.TaxDue[i] * inp.TaxInstalmentFraction;
            double paid = FastMath.Min(FastMath.Max(0, cash), instalment);
            cash -= paid;
            h.TaxDue[i] = (float)FastMath.Max(0, h.TaxDue[i] - paid);
            double desired = FastMath.Min(p.ManufacturesSpendPropensity * FastMath.Max(0, cash), c * inp.ManufacturesWantPerConsumer);
            double spent = desired * inp.Availability;
            cash -= spent;
            // Cash beyond half a year's manufactures budget goes, a share a month, on other goods
            // and services (a stand-in for the rest of the rural economy).
            double buffer = 6 * c * inp.ManufacturesWantPerConsumer;
            double other = cash > buffer ? p.OtherSpendingRate * (cash - buffer) : 0;
            cash -= other;

            // 4. Fodder: the working ration only from grain beyond the family's food to the harvest
            //    and the seed; extra feeding (when selling pays poorly) beyond that again; grain
            //    feeding is light on summer pasture.
            double seedKept = inp.SeedReserveHeld ? FastMath.Min(FastMath.Max(0, g), h.Sown[i] * p.SeedRate) : 0;
            double grainNeedMonth = c * p.GrainNeedPerConsumer * month;
            double foodAhead = grainNeedMonth * FastMath.Max(0, r - 1);
            double normMonth = fodderNorm * fodderSeason;
            double fedBase = FastMath.Min(normMonth, FastMath.Max(0, g - seedKept - grainNeedMonth - foodAhead));
            double fedExtra = FastMath.Min(normMonth * (fodderIntensity - 1), FastMath.Max(0, g - seedKept - grainNeedMonth - fedBase - foodAhead - normMonth * FastMath.Max(0, r - 1)));
            double fed = fedBase + fedExtra;
            g -= fed;
            double grainAdequacy = normMonth > 0 ? fed / normMonth : 1.0;

            // 5. The herd (Countryside/Herds): its ration from the roughage its land (or, in a
            //    collective farm, its plot) carries and the grain fed; breeding, deaths, offtake;
            //    the autumn slaughter down to what it can winter.
            bool collective = h.Status[i] == (byte)HouseholdStatus.Collective;
            double capacity = collective ? inp.PlotLivestockLimit * fodderWeather[z] : h.Land[i] * capacityPerHa[z];
            double units = herd.Units;
            double ratio = collective ? Herds.Ratio(capacity, units) : roughage[z];
            double adequacy = units <= 1e-12 ? 1.0 : Herds.AdequacyAtRatio(ratio, grainAdequacy, grainShare);
            double horseAdequacy = units <= 1e-12 ? 1.0 : Herds.AdequacyAtRatio(ratio, grainAdequacy, horseGrainShare);
            double fertility = 1 + 0.1 * FastMath.Min(1, FastMath.Max(0, grainAdequacy - 1));
            var hm = Herds.Month(herd, adequacy, horseAdequacy, fertility, rates, 0);
            herd = hm.After;
            double meat = hm.Meat;
            if (inp.AutumnSlaughter)
            {
                herd = Herds.Cull(herd, ratio, rates, out double cullMeat, out _);
                meat += cullMeat;
            }
            double lc = meat * meatCash + hm.Milk * milkCash;
            cash += lc;

            // 6. Food. Milk, meat and garden food first; the household spreads the grain it has
            //    over the months to the harvest (consumption smoothing).
            double nongrain = meat * meatFood + hm.Milk * milkFood + c * gardenPerConsumer * fodderWeather[z];
            double grainWanted = FastMath.Max(0, needTotal - nongrain - bought);
            double available = FastMath.Max(0, g - seedKept);
            double eat = FastMath.Min(grainWanted, available * invMonthsLeft);
            // Below a lean ration it kills pigs and sheep; below subsistence the cow, then it eats
            // the seed, and the horse last.
            double slaughtered = 0;
            double lean = leanShare * needTotal - (nongrain + bought + eat);
            if (lean > 1e-12)
            {
                slaughtered += Herds.EatSmallStock(ref herd, lean, pigFood, sheepFood);
                double k;
                double gap = famineThreshold * needTotal - (nongrain + bought + eat + slaughtered);
                if (gap > 1e-12)
                {
                    k = FastMath.Min(herd.Cattle, gap / cattleFood);
                    herd.Cattle -= k; slaughtered += k * cattleFood; gap -= k * cattleFood;
                }
                if (gap > 1e-12)
                {
                    double fromSeed = FastMath.Min(gap, seedKept);
                    eat += fromSeed; gap -= fromSeed; seedKept -= fromSeed;
                }
                if (gap > 1e-12)
                {
                    k = FastMath.Min(herd.Horses, gap / cattleFood);
                    herd.Horses -= k; slaughtered += k * cattleFood;
                }
            }
            g -= eat;
            double foodRatio = needTotal > 0 ? FastMath.Min(1.0, (bought + eat + slaughtered + nongrain) / needTotal) : 1.0;
            double loss = g > 0 ? g * p.StorageLossRate : 0;
            g -= loss;

            // 7. Demography.
            var (u1, u2, u3) = RandomStreams.Split3(RandomStreams.EntityBits(inp.DemographyKey, i));
            // Hunger lowers births (famine amenorrhoea, postponed marriages and conceptions: births
            // fall by a third or more in famines; Ó Gráda 2009, ch. 4).
            double fertilityHuman = FastMath.Max(0, 1 - p.BirthHungerResponse * (1 - foodRatio));
            int births = u1 < m * birthRate * fertilityHuman ? 1 : 0;
            double deathRate = excess is null ? deathRate0 : deathRate0 + excess[z] * month;
            double hunger = FastMath.Max(0, famineThreshold - foodRatio) * invFamineThreshold;
            double famineRate = famineMortality * hunger;
            int deaths = RandomStreams.PoissonFromUniform(u2, m * (deathRate + famineRate), m);
            double famineDeaths = famineRate > 0 && deaths > 0 ? deaths * famineRate / (deathRate + famineRate) : 0;
            double migrateP = m * (migration + flight * (1 - foodRatio));
            int migrants = (u3 < migrateP && m - deaths > 1) ? 1 : 0;
            int m2 = m + births - deaths - migrants;

            h.Grain[i] = g;
            h.Cash[i] = cash;
            h.DraughtAnimals[i] = (float)herd.Horses;
            h.Cattle[i] = (float)herd.Cattle;
            h.Pigs[i] = (float)herd.Pigs;
            h.Sheep[i] = (float)herd.Sheep;
            h.FoodRatio[i] = (float)foodRatio;
            h.Consumption[i] = m > 0 ? (float)(((bought + eat + slaughtered + nongrain) * grainPrice1913 + spent * invIndustrialPrice) / m) : 0f;
            h.Members[i] = (short)FastMath.Max(0, m2);
            if (m2 <= 0) h.Status[i] = (byte)HouseholdStatus.Extinct;
            else householdsSum += 1;

            soldSum += sold; otherSum += other; revenueSum += revenue; livestockSum += lc; nonfarmSum += nf; taxSum += paid; spentSum += spent; desiredSum += desired;
            food += eat; boughtSum += bought; boughtCash += paidForFood; fodderSum += fed; losses += loss; slaughterSum += slaughtered;
            birthsSum += births; deathsSum += deaths; famineSum += famineDeaths; migrantsSum += migrants; membersSum += FastMath.Max(0, m2);
            foodRatioSum += foodRatio * m; grainSum += g; cashSum += cash; draughtSum += herd.Horses; cattleSum += herd.Cattle;
            pigsSum += herd.Pigs; sheepSum += herd.Sheep; meatSum += meat; milkSum += hm.Milk; wantSum += hm.WantDeaths; capacitySum += capacity;
            nongrainSum += nongrain;
            if (!collective)
            {
                zoneHerd[2 * z] += herd.Units;
                zoneHerd[2 * z + 1] += capacity;
            }
        }

        return new SettleSums
        {
            Sold = soldSum, OtherSpending = otherSum, Revenue = revenueSum, LivestockCash = livestockSum, NonfarmCash = nonfarmSum, TaxPaid = taxSum,
            SpentManufactures = spentSum, DesiredManufactures = desiredSum, Food = food, Fodder = fodderSum, Losses = losses, Bought = boughtSum,
            BoughtCash = boughtCash, Slaughter = slaughterSum, Births = birthsSum, Deaths = deathsSum, FamineDeaths = famineSum, Migrants = migrantsSum,
            Members = membersSum, FoodRatioWeighted = foodRatioSum, Grain = grainSum, Cash = cashSum, Draught = draughtSum, Cattle = cattleSum,
            Pigs = pigsSum, Sheep = sheepSum, Households = householdsSum, Meat = meatSum, Milk = milkSum, WantDeathUnits = wantSum,
            FodderCapacity = capacitySum, NongrainFood = nongrainSum, ZoneHerd = zoneHerd,
        };
    }
}

/// <summary>The offer pass's sums (per simulated row): grain offered, taken by force and its
/// payment, food ordered from traders, and the most households would sell.</summary>
public struct OfferSums : IBlockSums<OfferSums>
{
    public double Offered, Forced, ForcedRevenue, FoodOrders, SaleCaps;

    public static OfferSums Add(in OfferSums a, in OfferSums b) => new()
    {
        Offered = a.Offered + b.Offered, Forced = a.Forced + b.Forced, ForcedRevenue = a.ForcedRevenue + b.ForcedRevenue,
        FoodOrders = a.FoodOrders + b.FoodOrders, SaleCaps = a.SaleCaps + b.SaleCaps,
    };
}

/// <summary>Per zone: the individual peasants' livestock units after the month and their
/// roughage capacity (slots 2z and 2z + 1).</summary>
[System.Runtime.CompilerServices.InlineArray(2 * ZoneHerdSlots.MaxZones)]
public struct ZoneHerdSlots
{
    public const int MaxZones = 16;
    private double _element;
}

/// <summary>The settlement pass's sums (per simulated row): money in and out, grain eaten, fed,
/// lost and bought, animals slaughtered, people born, dead and gone, and the stocks after the month.</summary>
public struct SettleSums : IBlockSums<SettleSums>
{
    public ZoneHerdSlots ZoneHerd;

    /// <summary>The individual peasants' roughage capacity over their herd, by zone.</summary>
    public readonly void RoughageRatios(double[] ratio)
    {
        for (int z = 0; z < Zones.Count; z++) ratio[z] = Herds.Ratio(ZoneHerd[2 * z + 1], ZoneHerd[2 * z]);
    }

    public double Revenue, LivestockCash, NonfarmCash, TaxPaid, SpentManufactures, DesiredManufactures, Food, Fodder, Losses, Bought,
        BoughtCash, Slaughter, Births, Deaths, FamineDeaths, Migrants, Members, FoodRatioWeighted, Grain, Cash, Draught, Cattle, Pigs, Sheep,
        Households, Sold, OtherSpending, Meat, Milk, WantDeathUnits, FodderCapacity, NongrainFood;

    public static SettleSums Add(in SettleSums a, in SettleSums b)
    {
        var s = Sum(a, b);
        for (int k = 0; k < 2 * ZoneHerdSlots.MaxZones; k++) s.ZoneHerd[k] = a.ZoneHerd[k] + b.ZoneHerd[k];
        return s;
    }

    private static SettleSums Sum(in SettleSums a, in SettleSums b) => new()
    {
        Revenue = a.Revenue + b.Revenue, LivestockCash = a.LivestockCash + b.LivestockCash, NonfarmCash = a.NonfarmCash + b.NonfarmCash,
        TaxPaid = a.TaxPaid + b.TaxPaid, SpentManufactures = a.SpentManufactures + b.SpentManufactures,
        DesiredManufactures = a.DesiredManufactures + b.DesiredManufactures, Food = a.Food + b.Food, Fodder = a.Fodder + b.Fodder,
        Losses = a.Losses + b.Losses, Bought = a.Bought + b.Bought, BoughtCash = a.BoughtCash + b.BoughtCash, Slaughter = a.Slaughter + b.Slaughter,
        Births = a.Births + b.Births, Deaths = a.Deaths + b.Deaths, FamineDeaths = a.FamineDeaths + b.FamineDeaths, Migrants = a.Migrants + b.Migrants,
        Members = a.Members + b.Members, FoodRatioWeighted = a.FoodRatioWeighted + b.FoodRatioWeighted, Grain = a.Grain + b.Grain, Cash = a.Cash + b.Cash,
        Draught = a.Draught + b.Draught, Cattle = a.Cattle + b.Cattle, Pigs = a.Pigs + b.Pigs, Sheep = a.Sheep + b.Sheep, Households = a.Households + b.Households,
        Sold = a.Sold + b.Sold, OtherSpending = a.OtherSpending + b.OtherSpending, Meat = a.Meat + b.Meat, Milk = a.Milk + b.Milk,
        WantDeathUnits = a.WantDeathUnits + b.WantDeathUnits, FodderCapacity = a.FodderCapacity + b.FodderCapacity,
        NongrainFood = a.NongrainFood + b.NongrainFood,
    };
}
