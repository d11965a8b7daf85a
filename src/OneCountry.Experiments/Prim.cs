namespace OneCountry.Experiments;

/// <summary>A box over the inputs: per input the lowest and highest value it keeps (inclusive).</summary>
public sealed record PrimBox(double[] Low, double[] High)
{
    public bool Contains(double[] x)
    {
        for (int j = 0; j < Low.Length; j++)
            if (!(x[j] >= Low[j] && x[j] <= High[j])) return false;
        return true;
    }
}

/// <summary>One box of the peeling trajectory (or the pasted box): how many of the cases of
/// interest it covers, how dense they are in it, how much of the sample it holds.</summary>
/// <param name="Coverage">The share of all cases of interest that fall in the box.</param>
/// <param name="Density">The share of the box's points that are cases of interest.</param>
/// <param name="Mass">The share of all points in the box.</param>
public sealed record PrimStep(int Step, PrimBox Box, int Points, int Cases, double Coverage, double Density, double Mass, string Move);

/// <summary>What one restricted input contributes to a box: the density and coverage of the box without its restriction.</summary>
public sealed record PrimRestriction(int Input, double Low, double High, double DensityWithout, double CoverageWithout);

/// <summary>The result of PRIM: the peeling trajectory, the chosen step, the chosen box after pasting, its restrictions.</summary>
public sealed record PrimResult(IReadOnlyList<string> Inputs, PrimBox Range, IReadOnlyList<PrimStep> Trajectory, int Chosen, PrimStep Pasted, IReadOnlyList<PrimRestriction> Restrictions,
    int Points, int Cases);

/// <summary>
/// The Patient Rule Induction Method (Friedman and Fisher 1999, Bump hunting in high-dimensional
/// data, Statistics and Computing 9:123–143) for scenario discovery: over points x (the inputs of
/// the runs) labelled as cases of interest or not, a box is peeled from the whole range, each step
/// removing from one side of one input the <c>alpha</c> share of the box's points (at least the
/// points at one value) that leaves the highest density of cases behind (ties: the most points
/// behind, then the lower input, lower side first), until the box holds less than
/// <c>minMass</c> of the points. The trajectory traces the trade-off of coverage against density.
/// A step is chosen (by default the one of highest coverage whose density reaches
/// <c>minDensity</c>, the densest of those of equal coverage; else the densest) and pasted: its sides are moved back out, alpha of its
/// points at a time, while that raises the density. Each restricted input is then reported with
/// the density and coverage of the box without that restriction, so that a restriction that
/// adds nothing shows as such. Deterministic: no random draw enters it.
/// </summary>
public static class Prim
{
    public static PrimResult Run(IReadOnlyList<string> inputs, IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double alpha = 0.05, double minMass = 0.05,
        double minDensity = 0.8, int? chooseStep = null)
    {
        int n = x.Count, k = inputs.Count;
        if (n == 0) throw new ArgumentException("no points", nameof(x));
        if (y.Count != n) throw new ArgumentException("a label per point", nameof(y));
        if (k == 0) throw new ArgumentException("at least one input", nameof(inputs));
        if (x.Any(r => r.Length != k)) throw new ArgumentException($"every point has {k} inputs", nameof(x));
        if (!(alpha > 0 && alpha < 0.5)) throw new ArgumentOutOfRangeException(nameof(alpha), $"the peeling alpha must be between 0 and 0.5, not {alpha}");
        if (!(minMass > 0 && minMass < 1)) throw new ArgumentOutOfRangeException(nameof(minMass), $"the minimum mass must be between 0 and 1, not {minMass}");
        int cases = y.Count(v => v);
        if (cases == 0) throw new ArgumentException("no point is a case of interest: nothing to find", nameof(y));

        var low = new double[k];
        var high = new double[k];
        for (int j = 0; j < k; j++) { low[j] = x.Min(r => r[j]); high[j] = x.Max(r => r[j]); }
        var range = new PrimBox((double[])low.Clone(), (double[])high.Clone());
        var inBox = Enumerable.Range(0, n).ToList();
        var trajectory = new List<PrimStep> { Step(0, range, inBox, y, n, cases, "the whole range") };

        while ((double)inBox.Count / n >= minMass)
        {
            (double Density, int Left, int Input, int Side, double Limit, List<int> Kept)? best = null;
            for (int j = 0; j < k; j++)
            {
                var values = inBox.Select(i => x[i][j]).OrderBy(v => v).ToArray();
                if (values[0] == values[^1]) continue;
                int take = Math.Max(1, (int)Math.Floor(alpha * values.Length));
                for (int side = 0; side < 2; side++)
                {
                    // Lower side: drop the points below the value at rank `take` (at least those at the lowest value).
                    double limit;
                    List<int> kept;
                    if (side == 0)
                    {
                        double cut = values[take];
                        if (cut == values[0]) cut = values.First(v => v > values[0]);
                        kept = inBox.Where(i => x[i][j] >= cut).ToList();
                        limit = cut;
                    }
                    else
                    {
                        double cut = values[values.Length - 1 - take];
                        if (cut == values[^1]) cut = values.Last(v => v < values[^1]);
                        kept = inBox.Where(i => x[i][j] <= cut).ToList();
                        limit = cut;
                    }
                    if (kept.Count == 0 || kept.Count == inBox.Count) continue;
                    double density = (double)kept.Count(i => y[i]) / kept.Count;
                    if (best is null || density > best.Value.Density || (density == best.Value.Density && kept.Count > best.Value.Left))
                        best = (density, kept.Count, j, side, limit, kept);
                }
            }
            if (best is not { } b || (double)b.Left / n < minMass) break;
            if (b.Side == 0) low[b.Input] = b.Limit; else high[b.Input] = b.Limit;
            inBox = b.Kept;
            var box = new PrimBox((double[])low.Clone(), (double[])high.Clone());
            trajectory.Add(Step(trajectory.Count, box, inBox, y, n, cases, $"{inputs[b.Input]} {(b.Side == 0 ? ">=" : "<=")} {b.Limit:G6}"));
        }

        int chosen = chooseStep ?? Choose(trajectory, minDensity);
        if (chosen < 0 || chosen >= trajectory.Count) throw new ArgumentOutOfRangeException(nameof(chooseStep), $"the trajectory has steps 0 to {trajectory.Count - 1}, not {chosen}");
        var pasted = Paste(trajectory[chosen], x, y, range, alpha, n, cases, inputs);
        var restrictions = new List<PrimRestriction>();
        for (int j = 0; j < k; j++)
        {
            if (pasted.Box.Low[j] <= range.Low[j] && pasted.Box.High[j] >= range.High[j]) continue;
            var lo = (double[])pasted.Box.Low.Clone();
            var hi = (double[])pasted.Box.High.Clone();
            (lo[j], hi[j]) = (range.Low[j], range.High[j]);
            var without = new PrimBox(lo, hi);
            var members = Enumerable.Range(0, n).Where(i => without.Contains(x[i])).ToList();
            var s = Step(0, without, members, y, n, cases, "");
            restrictions.Add(new PrimRestriction(j, pasted.Box.Low[j], pasted.Box.High[j], s.Density, s.Coverage));
        }
        return new PrimResult(inputs, range, trajectory, chosen, pasted, restrictions, n, cases);
    }

    /// <summary>The step of highest coverage whose density reaches <paramref name="minDensity"/> (of equal coverage, the densest), else the densest (the earliest of equals).</summary>
    public static int Choose(IReadOnlyList<PrimStep> trajectory, double minDensity)
    {
        int best = -1;
        for (int s = 0; s < trajectory.Count; s++)
            if (trajectory[s].Density >= minDensity && (best < 0 || trajectory[s].Coverage > trajectory[best].Coverage
                || (trajectory[s].Coverage == trajectory[best].Coverage && trajectory[s].Density > trajectory[best].Density))) best = s;
        if (best >= 0) return best;
        best = 0;
        for (int s = 1; s < trajectory.Count; s++)
            if (trajectory[s].Density > trajectory[best].Density) best = s;
        return best;
    }

    private static PrimStep Step(int step, PrimBox box, IReadOnlyCollection<int> members, IReadOnlyList<bool> y, int n, int cases, string move)
    {
        int c = members.Count(i => y[i]);
        return new PrimStep(step, box, members.Count, c, (double)c / cases, members.Count == 0 ? 0 : (double)c / members.Count, (double)members.Count / n, move);
    }

    /// <summary>Pasting: moves one side of the box out to take in about alpha of its points more
    /// (those the other sides admit), the move that raises the density most, while one does.</summary>
    private static PrimStep Paste(PrimStep start, IReadOnlyList<double[]> x, IReadOnlyList<bool> y, PrimBox range, double alpha, int n, int cases, IReadOnlyList<string> inputs)
    {
        int k = inputs.Count;
        var low = (double[])start.Box.Low.Clone();
        var high = (double[])start.Box.High.Clone();
        var current = start;
        for (int guard = 0; guard < 10_000; guard++)
        {
            var members = Enumerable.Range(0, n).Where(i => new PrimBox(low, high).Contains(x[i])).ToList();
            int add = Math.Max(1, (int)Math.Floor(alpha * members.Count));
            (double Density, int Input, int Side, double Limit)? best = null;
            for (int j = 0; j < k; j++)
            {
                for (int side = 0; side < 2; side++)
                {
                    if (side == 0 ? low[j] <= range.Low[j] : high[j] >= range.High[j]) continue;
                    // The points outside this side only, nearest first.
                    var outside = Enumerable.Range(0, n).Where(i => (side == 0 ? x[i][j] < low[j] : x[i][j] > high[j]) && OthersAdmit(x[i], low, high, j))
                        .Select(i => x[i][j]).ToList();
                    if (outside.Count == 0) continue;
                    outside.Sort();
                    if (side == 0) outside.Reverse(); // nearest first: descending below the box, ascending above it
                    double limit = outside[Math.Min(add, outside.Count) - 1];
                    var lo = (double[])low.Clone();
                    var hi = (double[])high.Clone();
                    if (side == 0) lo[j] = limit; else hi[j] = limit;
                    var box = new PrimBox(lo, hi);
                    var m = Enumerable.Range(0, n).Where(i => box.Contains(x[i])).ToList();
                    double density = (double)m.Count(i => y[i]) / m.Count;
                    if (best is null || density > best.Value.Density) best = (density, j, side, limit);
                }
            }
            if (best is not { } b || b.Density <= current.Density) break;
            if (b.Side == 0) low[b.Input] = b.Limit; else high[b.Input] = b.Limit;
            var nowMembers = Enumerable.Range(0, n).Where(i => new PrimBox(low, high).Contains(x[i])).ToList();
            current = Step(start.Step, new PrimBox((double[])low.Clone(), (double[])high.Clone()), nowMembers, y, n, cases, "pasted");
        }
        return current with { Move = current == start ? "chosen step (pasting raised no density)" : "pasted" };
    }

    private static bool OthersAdmit(double[] p, double[] low, double[] high, int except)
    {
        for (int j = 0; j < low.Length; j++)
            if (j != except && !(p[j] >= low[j] && p[j] <= high[j])) return false;
        return true;
    }
}
