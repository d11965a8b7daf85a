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
        double total = runner.Run<ReliefPass, Total>(h.Count, new ReliefPass(h, needPerConsumerMonth, Fill: 0, Give: false)).Value;
        if (total <= 0) return 0;
        double fill = Math.Min(1.0, budget / total);
        return runner.Run<ReliefPass, Total>(h.Count, new ReliefPass(h, needPerConsumerMonth, fill, Give: true)).Value;
    }

    /// <summary>One pass: the households' shortfalls, or (<paramref name="Give"/>) the grants of
    /// <paramref name="Fill"/> of them.</summary>
    private readonly record struct ReliefPass(HouseholdTable H, double NeedPerConsumerMonth, double Fill, bool Give) : IBlockKernel<Total>
    {
        public Total Run(int start, int end)
        {
            var h = H;
            double sum = 0;
            for (int i = start; i < end; i++)
            {
                if (!Give) { sum += Shortfall(h, i, NeedPerConsumerMonth); continue; }
                double g = Fill * Shortfall(h, i, NeedPerConsumerMonth);
                h.Grain[i] += g;
                sum += g;
            }
            return new Total(sum);
        }
    }

    private static double Shortfall(HouseholdTable h, int i, double needPerConsumerMonth)
    {
        if (h.Status[i] != (byte)HouseholdStatus.Collective || h.Members[i] <= 0) return 0;
        double c = HouseholdTable.ConsumerUnits(h.Members[i], HouseholdTable.WorkerShare(h.FamilyAge[i]));
        return Math.Max(0, 2 * c * needPerConsumerMonth - Math.Max(0, h.Grain[i]));
    }
}
