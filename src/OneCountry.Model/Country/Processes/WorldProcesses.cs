namespace OneCountry.Model.Country.Processes;

/// <summary>The world around the USSR (World/WorldSystem).</summary>
public static class WorldProcesses
{
    /// <summary>The capitalist economies on their paths, the revolutionary windows, the
    /// federation and the encirclement, seeing last month's USSR; windows that ended tell the party.</summary>
    public static void World(CountryState c, MonthLedger l)
    {
        var w = c.World;
        var policy = l.Policy;
        l.World = w.System.Step(c.Month, policy.CominternLine, policy.CominternDiplomacy, policy.RevolutionSupport, policy.Federation, w.UssrGdp, c.Rng, c.Log);
        foreach (var ended in w.System.EndedThisMonth) c.Politics.Party.Abroad(ended);
    }

    /// <summary>Writes every country's series for the month.</summary>
    public static void Record(CountryState c, MonthLedger l)
    {
        int perMonth = c.World.System.Count * OneCountry.Model.World.WorldSystem.CountryVariables.Count;
        c.World.System.Record(c.World.CountrySeries.AsSpan(c.T * perMonth, perMonth), l.World.FrontierGdpPerCapita);
    }
}
