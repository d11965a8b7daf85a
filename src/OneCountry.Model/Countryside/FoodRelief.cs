using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>Who the state's food loans reach (lever food_relief_reach).</summary>
public enum ReliefReach { CollectiveFarmers = 0, AllPeasants = 1 }

/// <summary>
/// The state's food loans to hungry households (prodssuda): each month the lever
/// <c>food_relief</c> of the state's stock above its reserve is available, and the households it
/// reaches (lever <c>food_relief_reach</c>: collective farmers only, as in 1933 and 1936/37, or
/// every peasant household, as the famine relief of 1921-22 with the American Relief
/// Administration) whose grain will not feed them to the harvest (at least two months) get up to
/// two months' grain need a month toward it, pro rata when the budget is short. Historically given in the spring of 1933, after the worst of the
/// famine, and after the drought of 1936 (Davies and Wheatcroft 2004, ch. 7; Wheatcroft 2004 on
/// 1936/37); in 1921-23 to the famine provinces (Patenaude 2002).
/// Two passes over the table (shortfalls, then grants), both in fixed blocks, so the result does
/// not depend on the thread count.
/// </summary>
public static class FoodRelief
{
    public static double Give(HouseholdTable h, BlockRunner runner, Parameters p, double budget, ReliefReach reach = ReliefReach.CollectiveFarmers, int monthsToHarvest = 2)
    {
        if (budget <= 0) return 0;
        double needPerConsumerMonth = p.GrainNeedPerConsumer / 12.0;
        double total = runner.Run<ReliefPass, Total>(h.Count, new ReliefPass(h, needPerConsumerMonth, Fill: 0, Give: false, reach, monthsToHarvest)).Value;
        if (total <= 0) return 0;
        double fill = Math.Min(1.0, budget / total);
        return runner.Run<ReliefPass, Total>(h.Count, new ReliefPass(h, needPerConsumerMonth, fill, Give: true, reach, monthsToHarvest)).Value;
    }

    /// <summary>One pass: the households' shortfalls, or (<paramref name="Give"/>) the grants of
    /// <paramref name="Fill"/> of them.</summary>
    private readonly record struct ReliefPass(HouseholdTable H, double NeedPerConsumerMonth, double Fill, bool Give, ReliefReach Reach, int MonthsToHarvest) : IBlockKernel<Total>
    {
        public Total Run(int start, int end)
        {
            var h = H;
            double sum = 0;
            for (int i = start; i < end; i++)
            {
                if (!Give) { sum += Shortfall(h, i, NeedPerConsumerMonth, Reach, MonthsToHarvest); continue; }
                double g = Fill * Shortfall(h, i, NeedPerConsumerMonth, Reach, MonthsToHarvest);
                h.Grain[i] += g;
                sum += g;
            }
            return new Total(sum);
        }
    }

    /// <summary>What household <paramref name="i"/> lacks: grain for the months to the harvest at
    /// <paramref name="monthsToHarvest"/> (at least two months) of its grain need, less its grain,
    /// at most two months' need in one month's loan. A household that spreads its grain to the
    /// harvest is short whenever its grain will not last that long, not only when it runs out.</summary>
    private static double Shortfall(HouseholdTable h, int i, double needPerConsumerMonth, ReliefReach reach, int monthsToHarvest)
    {
        byte status = h.Status[i];
        bool reached = status == (byte)HouseholdStatus.Collective || (reach == ReliefReach.AllPeasants && status == (byte)HouseholdStatus.Individual);
        if (!reached || h.Members[i] <= 0) return 0;
        double c = HouseholdTable.ConsumerUnits(h.Members[i], HouseholdTable.WorkerShare(h.FamilyAge[i]));
        double monthly = c * needPerConsumerMonth;
        return Math.Min(2 * monthly, Math.Max(0, Math.Max(2, monthsToHarvest) * monthly - Math.Max(0, h.Grain[i])));
    }
}
