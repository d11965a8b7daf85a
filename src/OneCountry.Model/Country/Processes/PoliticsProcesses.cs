namespace OneCountry.Model.Country.Processes;

/// <summary>The procurement-crisis test and the party.</summary>
public static class PoliticsProcesses
{
    /// <summary>Records the month's procurement and the harvest; tests for a procurement crisis
    /// (Politics/ProcurementCrisis).</summary>
    public static void ProcurementCrisis(CountryState c, MonthLedger l)
    {
        var crisis = c.Politics.Crisis;
        crisis.Record(c.T, l.CalendarMonth, l.Procurement.Total, (l.Harvest.Peasant + l.Harvest.Collective) * c.RealPerRow);
        l.Crisis = crisis.Test(c.T, l.CalendarMonth, c.P.Politics.CrisisProcurementDrop, c.P.Politics.CrisisHarvestFloor);
    }

    /// <summary>Faction strengths from their social bases, openness, expulsions, and the Centre's
    /// turn on a procurement crisis (Politics/Party).</summary>
    public static void Party(CountryState c, MonthLedger l)
    {
        var (s, jobs, dist) = (c.Society, l.Jobs, l.Distribution);
        s.PeakRealWage = Math.Max(s.PeakRealWage, dist.RealWage);
        c.Politics.Party.Step(c.Month, new Politics.PartyInputs(
            ApparatusPerHead: s.Bureaucracy.Numbers / l.National.Population,
            Unemployment: jobs.LabourForce > 0 ? jobs.Unemployed / jobs.LabourForce : 0,
            RealWageFall: s.PeakRealWage > 0 ? Math.Max(0, 1 - dist.RealWage / s.PeakRealWage) : 0,
            Shortage: dist.ShortageIndex,
            KulakShare: c.Rural.ShareKulak,
            HarvestGain: c.Politics.Crisis.HarvestGrowth(),
            ProcurementCrisis: l.Crisis), l.Mode, c.Log);
    }
}
