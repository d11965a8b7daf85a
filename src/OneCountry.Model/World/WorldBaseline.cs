using OneCountry.Model.Engine;
namespace OneCountry.Model.World;

/// <summary>
/// The capitalist economies' baseline paths (they follow their data trajectories plus
/// scenario shocks): GDP per head (2011 international dollars) and population from the Maddison
/// Project Database 2020 (MPD2020, data/maddison_gdp_population_1913_1941.csv), interpolated
/// linearly between years (a year's value at its July) and held flat beyond the table's ends
/// (1913-1941; scenarios may run to 1950). The Baltic states are not in the file: GDP per head is
/// <c>baltic_gdp_per_capita_ratio</c> × Finland's and the population <c>baltic_population</c>.
/// </summary>
public static partial class WorldBaseline
{
    /// <summary>Index of a Maddison country in the table, or -1.</summary>
    public static int IndexOf(string country)
    {
        for (int i = 0; i < Countries.Maddison.Count; i++)
            if (Countries.Maddison[i] == country) return i;
        return -1;
    }

    /// <summary>The table's value for a year (for tests against the data file).</summary>
    public static double GdpPerCapitaInYear(int country, int year) => GdpPerCapitaData[country][Math.Clamp(year, FirstYear, LastYear) - FirstYear];

    public static double PopulationInYear(int country, int year) => PopulationData[country][Math.Clamp(year, FirstYear, LastYear) - FirstYear] * 1000;

    /// <summary>GDP per head in a month (years centred on July).</summary>
    public static double GdpPerCapita(int country, Month month) => Interpolate(GdpPerCapitaData[country], month);

    /// <summary>Population (persons) in a month.</summary>
    public static double Population(int country, Month month) => Interpolate(PopulationData[country], month) * 1000;

    private static double Interpolate(double[] series, Month month)
    {
        double t = month.Year + (month.CalendarMonth - 7) / 12.0 - FirstYear;
        if (t <= 0) return series[0];
        if (t >= series.Length - 1) return series[^1];
        int i = (int)Math.Floor(t);
        double f = t - i;
        return series[i] + (series[i + 1] - series[i]) * f;
    }
}
