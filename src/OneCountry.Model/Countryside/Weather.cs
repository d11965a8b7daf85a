using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>
/// Harvest weather by zone, drawn in August: ln w_z = σ_z·(√ρ·ε_common + √(1−ρ)·ε_z) − σ_z²/2, so
/// that shocks are correlated between zones (<c>weather_correlation</c>) and the mean factor is 1;
/// σ_z is the zone's own variability times <c>weather_sd</c>. A scripted drought or weather event
/// of the scenario for the zone and year replaces the draw; else, in the recorded world, the
/// recorded weather of the crop year (World/RecordedWeather, inferred from the recorded harvests);
/// else the draw. Each draw is logged with the probability of a year at least as bad, Φ(ε). The
/// normals are keyed by zone and month (counter-based), so setting some zones leaves the others' draws as they were.
/// </summary>
public static class Weather
{
    public static void Draw(Month month, Parameters p, RandomStreams rng, IReadOnlyList<ScheduledEvent> events, World.RecordedWeather? recorded, double[] zoneWeather, EventLog log)
    {
        double rho = p.WeatherCorrelation;
        double common = rng.Normal(RandomPurpose.Weather, -1, month.Index);
        for (int z = 0; z < Zones.Count; z++)
        {
            var scripted = events.FirstOrDefault(e => e.Kind == EventKind.Drought && e.Month.Year == month.Year && e.Zones.Contains(z));
            if (scripted is not null)
            {
                zoneWeather[z] = scripted.Magnitude;
                log.Add(new LoggedEvent(month, World.Countries.Ussr, "weather", Zones.All[z].Name, "scripted", double.NaN, scripted.Magnitude));
                continue;
            }
            if (recorded is not null && recorded.TryGet(month.Year, z, out double factor))
            {
                zoneWeather[z] = factor;
                log.Add(new LoggedEvent(month, World.Countries.Ussr, "weather", Zones.All[z].Name, "recorded", double.NaN, factor));
                continue;
            }
            double eps = Math.Sqrt(rho) * common + Math.Sqrt(1 - rho) * rng.Normal(RandomPurpose.Weather, z, month.Index);
            double sigma = Zones.All[z].WeatherSd * p.WeatherSd;
            zoneWeather[z] = Math.Exp(sigma * eps - 0.5 * sigma * sigma);
            log.Add(new LoggedEvent(month, World.Countries.Ussr, "weather", Zones.All[z].Name,
                zoneWeather[z] < 1 ? "harvest weather below normal" : "harvest weather at or above normal",
                RandomStreams.NormalCdf(eps), zoneWeather[z]));
        }
    }
}
