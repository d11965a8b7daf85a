using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>
/// The state's food loans to hungry collective farms (prodssuda): each month the lever
/// <c>food_relief</c> of the state's stock above its reserve is available, and collective-farm
/// households holding less than two months' food grain are brought up toward it, pro rata when the
/// budget is short. Historically given in the spring of 1933, after the worst of the famine, and
/// after the drought of 1936 (Davies and Wheatcroft 2004, ch. 7; Wheatcroft 2004 on 1936/37).
/// Two passes over the table (shortfalls, then grants), both in fixed blocks, so the result does
/// not depend on the thread count.
/// </summary>
public static class FoodRelief
{
    public static double Give(HouseholdTable h, BlockRunner runner, Parameters p, double budget)
    {
        if (budget <= 0) return 0;
        double needPerConsumerMonth = p.GrainNeedPerConsumer / 12.0;
        var need = runner.Run(h.Count, 1, (b, start, end, sums, o) =>
        {
            for (int i = start; i < end; i++)
                sums[o] += Shortfall(h, i, needPerConsumerMonth);
        });
        double total = need[0];
        if (total <= 0) return 0;
        double fill = Math.Min(1.0, budget / total);
        var given = runner.Run(h.Count, 1, (b, start, end, sums, o) =>
        {
            for (int i = start; i < end; i++)
            {
                double g = fill * Shortfall(h, i, needPerConsumerMonth);
                h.Grain[i] += g;
                sums[o] += g;
            }
        });
        return given[0];
    }

    private static double Shortfall(HouseholdTable h, int i, double needPerConsumerMonth)
    {
        if (h.Status[i] != (byte)HouseholdStatus.Collective || h.Members[i] <= 0) return 0;
        double c = HouseholdTable.ConsumerUnits(h.Members[i], HouseholdTable.WorkerShare(h.FamilyAge[i]));
        return Math.Max(0, 2 * c * needPerConsumerMonth - Math.Max(0, h.Grain[i]));
    }
}
