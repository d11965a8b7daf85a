using OneCountry.Model.Engine;

namespace OneCountry.Model.World;

/// <summary>The world's parameters (group "world"), each declared once: its attribute is its
/// registry entry. The fit of each Comintern line to each kind of window is also read into
/// <see cref="Fit"/>, a matrix by line and kind.</summary>
public sealed class WorldParameters
{
    [Parameter("world", "hazard_victory_base", "Log of the expected victories in a window with situation, party, support 0 and fit and leadership at 0.5", "log", -3.5, -6.0, -1.0,
        "Assumption: calibrated so that the historical windows' recorded outcomes are the likeliest under the historical lines")]
    public double VictoryBase { get; init; }

    [Parameter("world", "hazard_situation", "Weight of the revolutionary-situation index in the log victory hazard", "per unit", 1.0, 0.0, 3.0,
        "Assumption")]
    public double VictorySituation { get; init; }

    [Parameter("world", "hazard_party", "Weight of the communist party's strength (share of the vote or of the organised workers) in the log victory hazard", "per unit", 6.0, 0.0, 12.0,
        "Assumption: a party of a sixth of the class (KPD 1932, WIKI_REICHSTAG) multiplies the odds by e")]
    public double VictoryParty { get; init; }

    [Parameter("world", "hazard_fit", "Weight of the fit of the Comintern line to the situation in the log victory hazard", "per unit", 2.0, 0.0, 4.0,
        "Assumption: the source's thesis (the lines turned crises into defeats) is a hypothesis; 0 switches it off")]
    public double VictoryFit { get; init; }

    [Parameter("world", "hazard_leadership", "Weight of the national leadership's resolve in the log victory hazard", "per unit", 3.0, 0.0, 6.0,
        "Assumption: Germany 1923 (the retreat of October), Trotsky's Lessons of October")]
    public double VictoryLeadership { get; init; }

    [Parameter("world", "hazard_support", "Weight of Soviet support in the log victory hazard", "per unit", 1.0, 0.0, 3.0,
        "Assumption")]
    public double VictorySupport { get; init; }

    [Parameter("world", "hazard_fascist_scale", "Expected fascist victories in a window per unit of fascist strength, with situation 0 and fit 0.5", "per unit", 1.8, 0.0, 5.0,
        "Assumption: the NSDAP's vote (WIKI_REICHSTAG) as fascist strength")]
    public double FascistScale { get; init; }

    [Parameter("world", "hazard_fascist_situation", "Weight of the situation index in the log fascist hazard", "per unit", 1.0, 0.0, 3.0,
        "Assumption")]
    public double FascistSituation { get; init; }

    [Parameter("world", "hazard_fascist_fit", "How much a fitting line lowers the log fascist hazard (a united front blocks fascism)", "per unit", 2.0, 0.0, 4.0,
        "Assumption: the source's thesis for Germany 1930-33")]
    public double FascistFit { get; init; }

    [Parameter("world", "comintern_diplomacy_penalty", "Share of the line's fit lost when the line fully serves Soviet diplomacy", "share", 0.5, 0.0, 1.0,
        "Assumption: subordination of the sections to the USSR's foreign policy (the source document)")]
    public double DiplomacyPenalty { get; init; }

    [Parameter("world", "fit_united_front_revolutionary_crisis", "Fit of the united front line to a revolutionary crisis", "0-1", 0.9, 0.0, 1.0,
        "Assumption after the source document: a united front of the workers' parties keeps the class together")]
    public double FitUnitedFrontRevolutionaryCrisis { get; init; }

    [Parameter("world", "fit_united_front_fascist_threat", "Fit of the united front line to a fascist threat", "0-1", 1.0, 0.0, 1.0,
        "Assumption after the source document: a united front of the workers' parties keeps the class together")]
    public double FitUnitedFrontFascistThreat { get; init; }

    [Parameter("world", "fit_united_front_mass_strike", "Fit of the united front line to a mass strike", "0-1", 0.9, 0.0, 1.0,
        "Assumption after the source document: a united front of the workers' parties keeps the class together")]
    public double FitUnitedFrontMassStrike { get; init; }

    [Parameter("world", "fit_united_front_national_revolution", "Fit of the united front line to a national revolution", "0-1", 0.7, 0.0, 1.0,
        "Assumption after the source document: a united front of the workers' parties keeps the class together")]
    public double FitUnitedFrontNationalRevolution { get; init; }

    [Parameter("world", "fit_subordination_revolutionary_crisis", "Fit of the subordination line to a revolutionary crisis", "0-1", 0.3, 0.0, 1.0,
        "Assumption after the source document: subordination to reformists or the national bourgeoisie disarms the party (Britain 1926, China 1927)")]
    public double FitSubordinationRevolutionaryCrisis { get; init; }

    [Parameter("world", "fit_subordination_fascist_threat", "Fit of the subordination line to a fascist threat", "0-1", 0.3, 0.0, 1.0,
        "Assumption after the source document: subordination to reformists or the national bourgeoisie disarms the party (Britain 1926, China 1927)")]
    public double FitSubordinationFascistThreat { get; init; }

    [Parameter("world", "fit_subordination_mass_strike", "Fit of the subordination line to a mass strike", "0-1", 0.2, 0.0, 1.0,
        "Assumption after the source document: subordination to reformists or the national bourgeoisie disarms the party (Britain 1926, China 1927)")]
    public double FitSubordinationMassStrike { get; init; }

    [Parameter("world", "fit_subordination_national_revolution", "Fit of the subordination line to a national revolution", "0-1", 0.15, 0.0, 1.0,
        "Assumption after the source document: subordination to reformists or the national bourgeoisie disarms the party (Britain 1926, China 1927)")]
    public double FitSubordinationNationalRevolution { get; init; }

    [Parameter("world", "fit_third_period_revolutionary_crisis", "Fit of the third period line to a revolutionary crisis", "0-1", 0.4, 0.0, 1.0,
        "Assumption after the source document: ultraleftism (social fascism) splits the class (Germany 1930-33)")]
    public double FitThirdPeriodRevolutionaryCrisis { get; init; }

    [Parameter("world", "fit_third_period_fascist_threat", "Fit of the third period line to a fascist threat", "0-1", 0.1, 0.0, 1.0,
        "Assumption after the source document: ultraleftism (social fascism) splits the class (Germany 1930-33)")]
    public double FitThirdPeriodFascistThreat { get; init; }

    [Parameter("world", "fit_third_period_mass_strike", "Fit of the third period line to a mass strike", "0-1", 0.3, 0.0, 1.0,
        "Assumption after the source document: ultraleftism (social fascism) splits the class (Germany 1930-33)")]
    public double FitThirdPeriodMassStrike { get; init; }

    [Parameter("world", "fit_third_period_national_revolution", "Fit of the third period line to a national revolution", "0-1", 0.3, 0.0, 1.0,
        "Assumption after the source document: ultraleftism (social fascism) splits the class (Germany 1930-33)")]
    public double FitThirdPeriodNationalRevolution { get; init; }

    [Parameter("world", "fit_popular_front_revolutionary_crisis", "Fit of the popular front line to a revolutionary crisis", "0-1", 0.25, 0.0, 1.0,
        "Assumption after the source document: an alliance with bourgeois parties limits the movement to their programme (Spain, France 1936)")]
    public double FitPopularFrontRevolutionaryCrisis { get; init; }

    [Parameter("world", "fit_popular_front_fascist_threat", "Fit of the popular front line to a fascist threat", "0-1", 0.5, 0.0, 1.0,
        "Assumption after the source document: an alliance with bourgeois parties limits the movement to their programme (Spain, France 1936)")]
    public double FitPopularFrontFascistThreat { get; init; }

    [Parameter("world", "fit_popular_front_mass_strike", "Fit of the popular front line to a mass strike", "0-1", 0.3, 0.0, 1.0,
        "Assumption after the source document: an alliance with bourgeois parties limits the movement to their programme (Spain, France 1936)")]
    public double FitPopularFrontMassStrike { get; init; }

    [Parameter("world", "fit_popular_front_national_revolution", "Fit of the popular front line to a national revolution", "0-1", 0.2, 0.0, 1.0,
        "Assumption after the source document: an alliance with bourgeois parties limits the movement to their programme (Spain, France 1936)")]
    public double FitPopularFrontNationalRevolution { get; init; }

    [Parameter("world", "united_front_reach", "Share of social democracy's strength a united or popular front adds to the party's in the victory hazard", "share", 0.5, 0.0, 1.0,
        "Assumption after the source document: the united front wins the reformist workers to common action")]
    public double UnitedFrontReach { get; init; }

    [Parameter("world", "crisis_full_fall", "Fall of GDP per head below its peak of the last three years that counts as a full crisis (situation index 1)", "share", 0.2, 0.1, 0.4,
        "Assumption: Germany 1923 (-17%) and 1929-32 (-16%) in MPD2020")]
    public double CrisisFullFall { get; init; }

    [Parameter("world", "war_situation", "Rise of the revolutionary-situation index while a country is at war", "0-1", 0.3, 0.0, 0.8,
        "Assumption: war as a revolutionary factor (Russia 1917, Germany 1918)")]
    public double WarSituation { get; init; }

    [Parameter("world", "militarization_rate", "Share of the gap to its target militarization a country closes in a year", "1/yr", 0.2, 0.05, 0.5,
        "Assumption: German military spending rose from ~1% of GDP (1933) to ~20% (1938) (Harrison 1998)")]
    public double MilitarizationRate { get; init; }

    [Parameter("world", "fascist_militarization", "Share of GDP a fascist regime bent on expansion aims to spend on arms", "share", 0.25, 0.1, 0.4,
        "Assumption (Harrison 1998)")]
    public double FascistMilitarization { get; init; }

    [Parameter("world", "war_militarization", "Share of GDP spent on arms by a country at war", "share", 0.4, 0.2, 0.6,
        "Assumption (Harrison 1998: Germany 1940 ~40%)")]
    public double WarMilitarization { get; init; }

    [Parameter("world", "threat_defence_min", "Soviet defence share with no hostile military potential", "share", 0.0, 0.0, 0.03,
        "Assumption")]
    public double DefenceMin { get; init; }

    [Parameter("world", "threat_defence_response", "Soviet defence share per unit of hostile military potential over the federation's GDP", "share", 0.45, 0.1, 1.0,
        "Assumption: calibrated on the defence shares of 1928 (~3%), 1933 (~5%), 1937 (~8%) and 1940 (~17%) (HARRISON_DAVIES_2FYP; Harrison 1998)")]
    public double DefenceResponse { get; init; }

    [Parameter("world", "threat_defence_max", "Highest defence share the threat can require", "share", 0.3, 0.1, 0.5,
        "Assumption")]
    public double DefenceMax { get; init; }

    [Parameter("world", "federation_convergence", "Yearly rate at which Soviet technique closes the log gap to the federation's most advanced member", "1/yr", 0.02, 0.0, 0.1,
        "Assumption: the iron law of convergence, about 2% a year of the log gap (Barro and Sala-i-Martin 1992)")]
    public double FederationConvergence { get; init; }

    [Parameter("world", "federation_machinery_share", "Share of a member's GDP delivered to the USSR as machinery each year, outside the foreign-trade balance", "share", 0.01, 0.0, 0.05,
        "Assumption: German machinery exports to the USSR under the credits of 1931-32 were about 0.5% of German GDP")]
    public double FederationMachineryShare { get; init; }

    [Parameter("world", "federation_openness", "Rise in the party regime's openness per unit of the federation's GDP outside the USSR over its total", "share", 0.3, 0.0, 1.0,
        "Assumption: the source's claim that revolution abroad would weaken the bureaucracy")]
    public double FederationOpenness { get; init; }

    [Parameter("world", "baltic_gdp_per_capita_ratio", "GDP per head of the Baltic states relative to Finland's (not in the Maddison file)", "ratio", 0.75, 0.5, 1.0,
        "Assumption")]
    public double BalticGdpRatio { get; init; }

    [Parameter("world", "baltic_population", "Population of Estonia, Latvia and Lithuania (not in the Maddison file)", "persons", 5.6e6, 5.0e6, 6.2e6,
        "Assumption: censuses of 1922-1934 (about 1.1, 1.9 and 2.4 million)")]
    public double BalticPopulation { get; init; }

    /// <summary>Fit of each line (rows, <see cref="CominternLine"/>) to each kind of window (columns, <see cref="WindowKind"/>).</summary>
    public double[,] Fit { get; } = new double[4, 4];

    public WorldParameters(ParameterValues v)
    {
        ParameterBinding.Bind(this, name => v[name]);
        foreach (var line in Enum.GetValues<CominternLine>())
            foreach (var kind in Enum.GetValues<WindowKind>())
                Fit[(int)line, (int)kind] = v[$"fit_{Comintern.Name(line)}_{Comintern.Name(kind)}"];
    }
}
