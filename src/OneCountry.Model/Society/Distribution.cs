using OneCountry.Model.Engine;
using OneCountry.Model.Countryside;

namespace OneCountry.Model.Society;

/// <summary>Consumption per head by class (1913 rubles a person a month: food grain at its 1913
/// price plus manufactures at 1913 prices), the Gini of consumption over all persons, and the
/// shortage index.</summary>
public readonly record struct DistributionMonth(
    double Poor, double Middle, double Kulak, double CollectiveFarmers,
    double Workers, double Employees, double Apparatus, double Unemployed,
    double PerHead, double Gini, double ShortageIndex,
    double RealWage, double ShareUrbanClasses, double ShareCollectiveFarmers, double ShareIndividualPeasants, double ShareKulaks);

/// <summary>
/// Who consumes what. Peasants: each household's own food (eaten, bought, from
/// slaughter) and the manufactures it bought, per member (HouseholdTable.Consumption, written by
/// the household's month); classed as poor, middle or kulak by their October stratum, or as
/// collective farmers. Towns: the grain the towns ate and the manufactures they claimed form the
/// urban fund; the state apparatus and its families take the privileged share (the
/// <c>privilege_share</c> of Society/Bureaucracy) on top of what they get as employees; the rest
/// is divided among the families of workers (weight 1), employees and officials
/// (<c>employee_consumption_weight</c>) and the unemployed (<c>unemployed_consumption_weight</c>),
/// each earner's household being the towns' population per earner. Within an urban class everybody consumes the class mean, so the Gini understates
/// urban inequality; across the peasantry it follows each household. The Gini is computed on a
/// fixed grid of consumption levels weighted by persons (no sorting; exact to the grid's
/// resolution), over up to 16 chunks of the table (their number set by the table's size alone) that may run in parallel and are summed in
/// chunk order, so the result does not depend on the thread count. Nepmen are not yet a class of their own: private traders'
/// incomes are not modelled.
/// The real wage is a worker's family consumption per earner. Class shares are of the persons
/// counted here (townspeople by their earners' class, peasants by status; deportees excluded).
/// Shortage index: the value of what buyers wanted at current prices and could not get — the
/// countryside's manufactures and the towns' grain — as a share of what they wanted.
/// </summary>
public sealed class Distribution
{
    private const int Bins = 4096;
    private const double MaxLevel = 40.0; // 1913 rubles a person a month; above goes to the last bin
    private readonly double[] _persons = new double[Bins];
    private readonly double[] _value = new double[Bins];
    private const int Chunks = 16;
    private readonly double[] _chunkPersons = new double[Chunks * Bins];
    private readonly double[] _chunkValue = new double[Chunks * Bins];
    private readonly double[] _chunkClass = new double[Chunks * 8];

    public readonly record struct Urban(double FundRubles1913, double PrivilegeShare, double Population,
        double Workers, double Employees, double Apparatus, double Unemployed, double EmployeeWeight, double UnemployedWeight);

    public DistributionMonth Compute(HouseholdTable h, double k, in Urban u, double shortageIndex, int threads = 1)
    {
        // The table is cut into a fixed number of chunks, each with its own grid, summed in chunk
        // order: the result does not depend on the number of threads.
        // Small tables take one chunk (clearing and merging grids costs more than the pass).
        int chunks = Math.Clamp(h.Count / 262_144, 1, Chunks);
        int chunk = (h.Count + chunks - 1) / chunks;
        Array.Clear(_chunkPersons, 0, chunks * Bins); Array.Clear(_chunkValue, 0, chunks * Bins); Array.Clear(_chunkClass, 0, chunks * 8);
        double scale = Bins / MaxLevel;
        void Pass(int c)
        {
            int start = c * chunk, end = Math.Min(h.Count, start + chunk);
            int o = c * Bins, oc = c * 8;
            for (int i = start; i < end; i++)
            {
                int m = h.Members[i];
                if (m <= 0 || h.Status[i] == (byte)HouseholdStatus.Deported) continue;
                double v = h.Consumption[i];
                int cls = h.Status[i] == (byte)HouseholdStatus.Collective ? 3 : h.Stratum[i];
                _chunkClass[oc + cls] += m; _chunkClass[oc + 4 + cls] += m * v;
                int b = (int)Math.Min(Bins - 1, Math.Max(0, v * scale));
                _chunkPersons[o + b] += m; _chunkValue[o + b] += m * v;
            }
        }
        if (threads <= 1 || chunks == 1) for (int c = 0; c < chunks; c++) Pass(c);
        else Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, Pass);

        Array.Clear(_persons);
        Array.Clear(_value);
        Span<double> classPersons = stackalloc double[4];
        Span<double> classValue = stackalloc double[4];
        classPersons.Clear(); classValue.Clear();
        for (int c = 0; c < chunks; c++)
        {
            for (int j = 0; j < 4; j++) { classPersons[j] += _chunkClass[c * 8 + j]; classValue[j] += _chunkClass[c * 8 + 4 + j]; }
            for (int b = 0; b < Bins; b++) { _persons[b] += _chunkPersons[c * Bins + b]; _value[b] += _chunkValue[c * Bins + b]; }
        }
        for (int c = 0; c < 4; c++) { classPersons[c] *= k; classValue[c] *= k; }
        for (int b = 0; b < Bins; b++) { _persons[b] *= k; _value[b] *= k; }

        // The towns: earners' families share the urban fund.
        double earners = u.Workers + u.Employees + u.Apparatus + u.Unemployed;
        double perEarner = earners > 0 ? u.Population / earners : 0;
        double pw = u.Workers * perEarner, pe = u.Employees * perEarner, pa = u.Apparatus * perEarner, pu = u.Unemployed * perEarner;
        double rest = (1 - u.PrivilegeShare) * u.FundRubles1913;
        double weights = pw + u.EmployeeWeight * (pe + pa) + u.UnemployedWeight * pu;
        double unit = weights > 0 ? rest / weights : 0;
        double apparatus = pa > 0 ? unit * u.EmployeeWeight + u.PrivilegeShare * u.FundRubles1913 / pa : 0;
        double workers = unit, employees = unit * u.EmployeeWeight, unemployed = unit * u.UnemployedWeight;
        AddGroup(pw, workers, scale); AddGroup(pe, employees, scale); AddGroup(pa, apparatus, scale); AddGroup(pu, unemployed, scale);

        double totalPersons = 0, totalValue = 0;
        for (int b = 0; b < Bins; b++) { totalPersons += _persons[b]; totalValue += _value[b]; }
        double peasants = classPersons[0] + classPersons[1] + classPersons[2] + classPersons[3];
        double all = peasants + pw + pe + pa + pu;
        double Share(double x) => all > 0 ? x / all : 0;
        return new DistributionMonth(
            Mean(classValue[0], classPersons[0]), Mean(classValue[1], classPersons[1]), Mean(classValue[2], classPersons[2]),
            Mean(classValue[3], classPersons[3]), workers, employees, apparatus, unemployed,
            Mean(totalValue, totalPersons), Gini(totalPersons, totalValue), shortageIndex,
            workers * perEarner, Share(pw + pe + pa + pu), Share(classPersons[3]), Share(classPersons[0] + classPersons[1] + classPersons[2]), Share(classPersons[2]));
    }

    private void AddGroup(double persons, double level, double scale)
    {
        if (persons <= 0) return;
        int b = (int)Math.Min(Bins - 1, Math.Max(0, level * scale));
        _persons[b] += persons; _value[b] += persons * level;
    }

    private static double Mean(double value, double persons) => persons > 0 ? value / persons : 0;

    /// <summary>Gini from the Lorenz curve over the grid: 1 − Σ_b p_b (L_{b−1} + L_b).</summary>
    private double Gini(double totalPersons, double totalValue)
    {
        if (totalPersons <= 0 || totalValue <= 0) return 0;
        double lorenzPrev = 0, sum = 0, cumValue = 0;
        for (int b = 0; b < Bins; b++)
        {
            if (_persons[b] <= 0) continue;
            cumValue += _value[b];
            double lorenz = cumValue / totalValue;
            sum += _persons[b] / totalPersons * (lorenzPrev + lorenz);
            lorenzPrev = lorenz;
        }
        return Math.Clamp(1 - sum, 0, 1);
    }

    /// <summary>Value of unmet demand over value of demand, for the countryside's manufactures and
    /// the towns' grain (1913 rubles).</summary>
    public static double ShortageIndex(double manufacturesWanted, double manufacturesSupplied, double grainNeedRubles, double grainGotRubles)
    {
        double wanted = manufacturesWanted + grainNeedRubles;
        if (wanted <= 0) return 0;
        double unmet = Math.Max(0, manufacturesWanted - manufacturesSupplied) + Math.Max(0, grainNeedRubles - grainGotRubles);
        return Math.Clamp(unmet / wanted, 0, 1);
    }
}
