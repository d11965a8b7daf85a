namespace OneCountry.Model.Society;

/// <summary>
/// The towns' meat and milk. Hypothesis: the towns ate what the countryside marketed of its
/// livestock products, so the collapse of the herds in 1929–33 reached the towns' diet and their
/// recovery from 1934 restored it (urban meat and dairy consumption fell by about two thirds
/// between 1928 and 1932–33 and recovered in the second plan: Barber and Davies in Davies,
/// Harrison and Wheatcroft 1994, ch. 5; Osokina 2001, ch. 4 and 6). What reaches the towns each
/// month, in tonnes of grain equivalent (the food value the peasants' own meat and milk are
/// counted at, so that town and village consumption are on one scale):
/// <list type="bullet">
/// <item>the share <c>livestock_products_sold</c> of the peasant households' meat and milk (their
///   offtake, their autumn cull and the animals they killed on joining a collective farm); what
///   households kill and eat in hunger is not sold;</item>
/// <item>all the meat and milk of the collective farms' pooled herds: the farms' commodity herds
///   were kept for the state's deliveries and the market, the members' food came from their own
///   plots and cows (the 1935 model charter).</item>
/// </list>
/// Simplifications: peasants' sales to other peasants and the exports of butter, eggs and bacon
/// are counted as reaching the towns; there are no state herds (sovkhozy).
/// </summary>
public static class UrbanFood
{
    public readonly record struct Inputs
    {
        /// <summary>Meat from the households' offtake and autumn cull (t).</summary>
        public required double HouseholdMeat { get; init; }
        public required double HouseholdMilk { get; init; }
        /// <summary>Meat of the animals slaughtered on entry into collective farms (t).</summary>
        public required double EntryMeat { get; init; }
        public required double CollectiveMeat { get; init; }
        public required double CollectiveMilk { get; init; }
        /// <summary><c>livestock_products_sold</c>.</summary>
        public required double SoldShare { get; init; }
        public required double MeatGrainEquivalent { get; init; }
        public required double MilkGrainEquivalent { get; init; }
    }

    /// <summary>The meat and milk that reached the towns this month (t of grain equivalent).</summary>
    public static double LivestockProducts(in Inputs x)
    {
        double meat = x.SoldShare * (x.HouseholdMeat + x.EntryMeat) + x.CollectiveMeat;
        double milk = x.SoldShare * x.HouseholdMilk + x.CollectiveMilk;
        return meat * x.MeatGrainEquivalent + milk * x.MilkGrainEquivalent;
    }
}
