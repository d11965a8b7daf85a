using OneCountry.Model.Engine;
namespace OneCountry.Model.Society;

/// <summary>
/// The state apparatus: its numbers and the privileged share of consumption it takes
/// (the source document's claim: "those employed within the bureaucracy … became
/// increasingly concerned that the largest portions would wind up on their own plates").
/// - **Numbers.** The apparatus the state's tasks call for is a base administration per head
///   (<c>admin_per_capita</c>; tsarist Russia had 1.6 officials and clerks per thousand,
///   VOLKOV_OFFICIALS) plus staff for what the state administers — the output of state industry,
///   the grain it procures, the townspeople it rations, the collective farms it runs — rising less
///   than in proportion (<c>admin_scale_elasticity</c>), more where goods are scarce (every
///   scarcity is a queue to manage, <c>admin_scarcity_growth</c>) and less where the party regime
///   is open to workers' control (<c>admin_openness_cut</c> × the lever party_regime_openness).
///   Numbers move toward that level, quickly up (within about a year) and slowly down (about three
///   years: an apparatus defends its posts).
/// - **Privilege.** The privileged share of consumer goods moves toward a level that rises with
///   the apparatus's weight among employees and with scarcity and falls with openness, again
///   faster up than down (the interest, once conscious, persists).
/// </summary>
public sealed class Bureaucracy
{
    public double Numbers { get; private set; }
    public double PrivilegeShare { get; private set; }
    public double Target { get; private set; }

    public Bureaucracy(Parameters p, double population)
    {
        Numbers = p.StateApparatus1921;
        PrivilegeShare = p.PrivilegeShare1921;
    }

    /// <summary>Administered volume, 1913 rubles a year: state industry's output, state grain
    /// procurement, rationed townspeople's supplies and the collective farms' harvest.</summary>
    public static double AdministeredVolume(double industryOutputRubles, double procurementRubles, double rationedSupplyRubles, double collectiveHarvestRubles) =>
        industryOutputRubles + procurementRubles + rationedSupplyRubles + collectiveHarvestRubles;

    public void Step(Parameters p, double population, double administeredVolume, double scarcity, double openness, double employees)
    {
        double tasks = p.AdminPerMillionRubles * Math.Pow(Math.Max(administeredVolume, 0) / 1e6, p.AdminScaleElasticity);
        Target = (population * p.AdminPerCapita + tasks) * (1 + p.AdminScarcityGrowth * scarcity) * (1 - p.AdminOpennessCut * openness);
        Numbers += (Target - Numbers) / (Target > Numbers ? 12.0 : 36.0);

        double weight = employees > 0 ? Numbers / employees : 0;
        double privilege = Math.Clamp(p.PrivilegeShareBase * (1 + p.PrivilegeWeightResponse * weight) * (1 + scarcity) * (1 - openness), 0, 0.6);
        PrivilegeShare += (privilege - PrivilegeShare) / (privilege > PrivilegeShare ? 12.0 : 60.0);
    }
}
