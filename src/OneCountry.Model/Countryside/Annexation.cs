using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>
/// A territory joins the country (1939–40: eastern Poland in September 1939, Bessarabia and
/// northern Bukovina in June 1940, the Baltic states in August 1940). Its peasants become
/// individual households of the 1921 kind in the named zones (in proportion to the zones'
/// shares), with their land, animals, grain and cash — collectivization there had barely begun by
/// 1941; its townspeople join the towns (the caller's part). Applied before the month's balances
/// open, so every balance holds.
/// </summary>
public static class Annexation
{
    /// <summary>Rows added, and the sown area after adding theirs to <paramref name="sownArea"/> (simulated hectares).</summary>
    public readonly record struct Result(int Rows, double SownArea);

    public static Result Settle(HouseholdTable h, ScheduledEvent e, Parameters p, RandomStreams rng, double realPerRow, double sownArea)
    {
        double rural = e.Magnitude * (1 - e.UrbanShare);
        int rows = (int)Math.Round(rural / p.PersonsPerHousehold1921 / realPerRow);
        int added = 0;
        for (int n = 0; n < rows && h.Count < h.Capacity; n++)
        {
            int i = h.Append();
            Initialization.Fill(h, i, Zones.Pick(rng.Uniform(RandomPurpose.Annexation, i, 0, 0), e.Zones), p, rng, RandomPurpose.Annexation);
            sownArea += h.Sown[i];
            added++;
        }
        return new Result(added, sownArea);
    }
}
