using OneCountry.Model.Engine;

namespace OneCountry.Model.World;

/// <summary>A value that changes at dated points and is interpolated linearly between them (held
/// flat before the first and after the last): a party's vote across several elections.</summary>
public sealed record DatedPath(IReadOnlyList<(Month Month, double Value)> Points)
{
    public static DatedPath Constant(double value) => new([(Month.Of(1921, 1), value)]);

    public double At(Month m)
    {
        if (Points.Count == 0) return 0;
        if (m <= Points[0].Month) return Points[0].Value;
        for (int i = 1; i < Points.Count; i++)
        {
            if (m <= Points[i].Month)
            {
                var (a, va) = Points[i - 1];
                var (b, vb) = Points[i];
                return va + (vb - va) * (m - a) / (double)(b - a);
            }
        }
        return Points[^1].Value;
    }
}

/// <summary>
/// A dated revolutionary window: a crisis in one country between two months, with
/// what the model needs to resolve it. The country's crisis index (from its GDP path) adds to
/// <see cref="Intensity"/>, the acuteness the sources describe beyond the output fall.
/// <see cref="Party"/> and <see cref="Fascist"/> are strengths as shares of the vote or of the
/// organised workers; <see cref="Leadership"/> is the resolve of the national leadership (0-1).
/// A country outside the model's list (Bulgaria, Spain) carries its own population and GDP per head.
/// </summary>
public sealed record WindowSpec
{
    public required string Name { get; init; }
    public required string Country { get; init; }
    public required Month Start { get; init; }
    public required Month End { get; init; }
    public required WindowKind Kind { get; init; }
    public double Intensity { get; init; }
    public required DatedPath Party { get; init; }
    public required DatedPath Fascist { get; init; }
    /// <summary>Social democracy's strength during the window (null: the country's).</summary>
    public DatedPath? SocialDemocrats { get; init; }
    public double Leadership { get; init; } = 0.5;
    /// <summary>The outcome a scenario imposes; null leaves it to the hazard model.</summary>
    public WindowOutcome? Forced { get; init; }
    /// <summary>When a forced outcome happens (default: the window's last month).</summary>
    public Month? ForcedMonth { get; init; }
    public double Population { get; init; }
    public double GdpPerCapita { get; init; }
    /// <summary>The recorded outcome: the recorded world's runs end the window so (World/RecordedWorld).</summary>
    public WindowOutcome Historical { get; init; } = WindowOutcome.Defeat;
    /// <summary>When the recorded outcome happened (default: the window's last month, the only
    /// month a defeat can happen in).</summary>
    public Month? HistoricalMonth { get; init; }
    public string Source { get; init; } = "";

    public int Months => End - Start + 1;

    /// <summary>The month of the recorded outcome.</summary>
    public Month RecordedMonth => Historical == WindowOutcome.Defeat ? End : HistoricalMonth ?? End;
}

/// <summary>A window's two clocks: the thresholds (Exp(1) draws, or drawn inside the recorded
/// outcome's region) and the cumulative hazards so far.</summary>
public struct WindowClock
{
    public bool Set;
    public double Victory, Fascist;
    public double VictoryHazard, FascistHazard;
}

/// <summary>The factors of one month of a window.</summary>
public readonly record struct WindowFactors(double Situation, double Party, double Fit, double Leadership, double Support, double Fascist);

/// <summary>Probabilities of the three outcomes.</summary>
public readonly record struct OutcomeProbabilities(double Victory, double Defeat, double FascistVictory);

/// <summary>
/// The hazard model of the revolutionary windows. Over a window the expected number
/// of victories is Λv = exp(b0 + bS·S + bP·P + bF·(fit − ½) + bL·(L − ½) + bU·U) and of fascist
/// victories Λf = kF · fascist strength · exp(cS·S − cF·(fit − ½)); each month of the window carries
/// 1/M of both (M = the window's months), so the two outcomes compete month by month and a window
/// that ends with neither is a defeat followed by stabilization. With constant factors
/// P(victory) = Λv/(Λv+Λf)·(1 − e^−(Λv+Λf)). Every factor moves the probabilities in the stated
/// direction (tests: HazardModelTests). The weights are parameters (group "world") with wide
/// ranges: they state the hypothesis of the source document (the lines turned crises into defeats)
/// so that a user can weaken or remove it.
/// </summary>
public static class HazardModel
{
    public static double VictoryIntensity(WorldParameters p, in WindowFactors f) =>
        Math.Exp(p.VictoryBase + p.VictorySituation * f.Situation + p.VictoryParty * f.Party + p.VictoryFit * (f.Fit - 0.5)
                 + p.VictoryLeadership * (f.Leadership - 0.5) + p.VictorySupport * f.Support);

    public static double FascistIntensity(WorldParameters p, in WindowFactors f) =>
        p.FascistScale * Math.Max(0, f.Fascist) * Math.Exp(p.FascistSituation * f.Situation - p.FascistFit * (f.Fit - 0.5));

    /// <summary>This month's hazards (expected events) of victory and fascist victory: each month of
    /// the window carries 1/M of the window's intensities.</summary>
    public static (double Victory, double Fascist) MonthlyHazards(WorldParameters p, in WindowFactors f, int windowMonths) =>
        (VictoryIntensity(p, f) / windowMonths, FascistIntensity(p, f) / windowMonths);

    /// <summary>Probabilities that this month ends the window in victory or fascist victory.</summary>
    public static (double Victory, double Fascist) Monthly(WorldParameters p, in WindowFactors f, int windowMonths)
    {
        var (hv, hf) = MonthlyHazards(p, f, windowMonths);
        return Probabilities(hv, hf);
    }

    /// <summary>Probabilities that a month with these hazards ends the window in victory or fascist victory (competing risks).</summary>
    public static (double Victory, double Fascist) Probabilities(double hv, double hf)
    {
        double h = hv + hf;
        if (h <= 0) return (0, 0);
        double any = 1 - Math.Exp(-h);
        return (any * hv / h, any * hf / h);
    }

    /// <summary>
    /// One month of a window's two competing clocks: victory happens when its cumulative hazard
    /// reaches its threshold, fascist victory likewise; the hazard is spread evenly over the month,
    /// so if both are reached in the month, the one reached earlier in it wins. With thresholds
    /// drawn from Exp(1) this is exactly the competing-risks model of <see cref="Monthly"/>; its
    /// point is that each outcome has its own clock, so a change that raises the hazard of victory
    /// can only bring a victory (or bring it sooner), and one that raises the hazard of fascist
    /// victory only a fascist victory - on the same thresholds (World/RecordedWorld).
    /// </summary>
    public static WindowOutcome Advance(ref WindowClock clock, double victoryHazard, double fascistHazard, bool lastMonth)
    {
        double v0 = clock.VictoryHazard, f0 = clock.FascistHazard;
        clock.VictoryHazard = v0 + victoryHazard;
        clock.FascistHazard = f0 + fascistHazard;
        bool victory = clock.Victory <= clock.VictoryHazard, fascist = clock.Fascist <= clock.FascistHazard;
        if (victory && fascist)
            return WithinMonth(clock.Victory, v0, victoryHazard) < WithinMonth(clock.Fascist, f0, fascistHazard) ? WindowOutcome.Victory : WindowOutcome.FascistVictory;
        return victory ? WindowOutcome.Victory : fascist ? WindowOutcome.FascistVictory : lastMonth ? WindowOutcome.Defeat : WindowOutcome.Open;
    }

    /// <summary>When in the month (0-1) a clock at <paramref name="before"/> with this month's
    /// <paramref name="hazard"/> reaches <paramref name="threshold"/>.</summary>
    public static double WithinMonth(double threshold, double before, double hazard) => (threshold - before) / hazard;

    /// <summary>Probabilities of the three outcomes over the months that remain, given each month's factors.</summary>
    public static OutcomeProbabilities Over(WorldParameters p, IEnumerable<WindowFactors> months, int windowMonths)
    {
        double open = 1, v = 0, fa = 0;
        foreach (var f in months)
        {
            var (pv, pf) = Monthly(p, f, windowMonths);
            v += open * pv;
            fa += open * pf;
            open *= 1 - pv - pf;
        }
        return new(v, open, fa);
    }
}

/// <summary>The default windows, with their sources.</summary>
public static class WindowCatalog
{
    private static DatedPath Path(params (int Y, int M, double V)[] points) => new(points.Select(x => (Month.Of(x.Y, x.M), x.V)).ToArray());

    public static IReadOnlyList<WindowSpec> Defaults { get; } =
    [
        new()
        {
            Name = "germany_1923", Country = "Germany", Start = Month.Of(1923, 8), End = Month.Of(1923, 11), Kind = WindowKind.RevolutionaryCrisis,
            Intensity = 0.3, Party = DatedPath.Constant(0.126), Fascist = DatedPath.Constant(0.065), SocialDemocrats = DatedPath.Constant(0.205), Leadership = 0.2, Historical = WindowOutcome.Defeat,
            Source = "Recorded: defeat - the KPD called off the rising at the Chemnitz conference (21 October 1923), the Hamburg rising (23-25 October) stayed isolated, the Reichswehr deposed the Saxon and Thuringian workers' governments (October-November) and the party was banned (23 November 1923) (Broue, The German Revolution 1917-1923, ch. 39-41). Ruhr occupation and hyperinflation (GDP per head -17% in 1923, MPD2020); KPD 12.6%, SPD 20.5% and the voelkisch list 6.5% in May 1924; the KPD's retreat in October (Trotsky, Lessons of October)",
        },
        new()
        {
            Name = "bulgaria_1923", Country = "Bulgaria", Start = Month.Of(1923, 6), End = Month.Of(1923, 9), Kind = WindowKind.RevolutionaryCrisis,
            Intensity = 0.7, Party = DatedPath.Constant(0.2), Fascist = DatedPath.Constant(0.2), Leadership = 0.2, Historical = WindowOutcome.Defeat,
            Population = 5.0e6, GdpPerCapita = 2000,
            Source = "Recorded: defeat - the September rising (22-29 September 1923) crushed (Bell, The Bulgarian Communist Party from Blagoev to Zhivkov, 1986). Tsankov's coup (June) and the failed September rising; the party about a fifth of the vote and neutral in June. Population (1920 census 4.8 million) and GDP per head are assumptions",
        },
        new()
        {
            Name = "britain_1926", Country = "United Kingdom", Start = Month.Of(1926, 5), End = Month.Of(1926, 11), Kind = WindowKind.MassStrike,
            Intensity = 0.5, Party = DatedPath.Constant(0.02), Fascist = DatedPath.Constant(0.0), SocialDemocrats = DatedPath.Constant(0.33), Leadership = 0.4, Historical = WindowOutcome.Defeat,
            Source = "Recorded: defeat - the TUC called off the general strike (12 May 1926) and the miners returned at the end of November 1926 on the owners' terms. General strike (May) and the miners' lockout to November; CPGB 5,000-12,000 members (SOCSTANDARD1931) with the Minority Movement's wider following",
        },
        new()
        {
            Name = "china_1925_27", Country = "China", Start = Month.Of(1925, 5), End = Month.Of(1927, 7), Kind = WindowKind.NationalRevolution,
            Intensity = 0.8, Party = Path((1925, 5, 0.05), (1927, 4, 0.15)), Fascist = DatedPath.Constant(0.0), Leadership = 0.4, Historical = WindowOutcome.Defeat,
            Source = "Recorded: defeat - Chiang Kai-shek's Shanghai massacre (12 April 1927) and the Wuhan Kuomintang's break with the communists (15 July 1927) (Isaacs, The Tragedy of the Chinese Revolution, 1938). May Thirtieth movement to the Shanghai and Wuhan breaks; CCP 994 members (Jan 1925) to 57,967 (Apr 1927) leading unions of millions (WIKI_CCP4, CHINADAILY_CCP5, CHC12)",
        },
        new()
        {
            Name = "germany_1930_33", Country = "Germany", Start = Month.Of(1930, 9), End = Month.Of(1933, 3), Kind = WindowKind.FascistThreat,
            Intensity = 0.2, Party = Path((1930, 9, 0.131), (1932, 7, 0.143), (1932, 11, 0.169), (1933, 3, 0.123)),
            Fascist = Path((1930, 9, 0.1825), (1932, 7, 0.373), (1932, 11, 0.331), (1933, 3, 0.439)),
            SocialDemocrats = Path((1930, 9, 0.2453), (1932, 7, 0.216), (1932, 11, 0.204), (1933, 3, 0.183)), Leadership = 0.5, Historical = WindowOutcome.FascistVictory, HistoricalMonth = Month.Of(1933, 1),
            Source = "Recorded: fascist victory - Hitler appointed chancellor on 30 January 1933. Reichstag elections 1930-33: KPD, SPD and NSDAP shares of the vote (WIKI_REICHSTAG); the slump (GDP per head -16% 1929-32, MPD2020)",
        },
        new()
        {
            Name = "spain_1936_39", Country = "Spain", Start = Month.Of(1936, 7), End = Month.Of(1939, 3), Kind = WindowKind.RevolutionaryCrisis,
            Intensity = 0.9, Party = DatedPath.Constant(0.15), Fascist = DatedPath.Constant(0.45), SocialDemocrats = DatedPath.Constant(0.2), Leadership = 0.3, Historical = WindowOutcome.FascistVictory, HistoricalMonth = Month.Of(1939, 3),
            Population = 24.5e6, GdpPerCapita = 3500,
            Source = "Recorded: fascist victory - the revolution of July 1936 put down inside the republic in the May Days of 1937, and the civil war lost: Madrid fell on 28 March 1939 and Franco declared the war over on 1 April (Broue and Temime, The Revolution and the Civil War in Spain, 1961). The window runs from the July rising to the fall of Madrid. The July rising and the workers' answer to the May Days of 1937; the army and the right as fascist strength. Population (1930 census 23.6 million) and GDP per head are assumptions",
        },
        new()
        {
            Name = "france_1936", Country = "France", Start = Month.Of(1936, 5), End = Month.Of(1936, 7), Kind = WindowKind.MassStrike,
            Intensity = 0.5, Party = DatedPath.Constant(0.153), Fascist = DatedPath.Constant(0.05), SocialDemocrats = DatedPath.Constant(0.2), Leadership = 0.4, Historical = WindowOutcome.Defeat,
            Source = "Recorded: defeat - the Matignon agreements (7 June 1936) and the PCF's 'one must know how to end a strike' (Thorez, 11 June) ended the occupations without a revolution. The strikes and occupations of May-June 1936; PCF 15.3% and SFIO about 20% in the 1936 election; the leagues after February 1934",
        },
    ];
}
