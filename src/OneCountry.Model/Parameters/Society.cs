using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>The state apparatus and consumption: the parameters of group "society", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("society", "state_apparatus_1921", "Employees of the state apparatus in March 1921", "persons", 2.4e6, 1.8e6, 3.0e6,
        "1.88 million middle and 0.48 million senior employees in 33 provinces of European Russia at the end of 1919; cut by 28.5% in 1923-24 (VOLKOV_ELITE)")]
    public double StateApparatus1921 { get; init; }

    [Parameter("society", "admin_per_capita", "Base administration per head of population", "persons/person", 0.0016, 0.0008, 0.003,
        "1.6 tsarist officials and clerks per thousand in 1913 (VOLKOV_OFFICIALS)")]
    public double AdminPerCapita { get; init; }

    [Parameter("society", "admin_per_million_rubles", "Apparatus staff for the state's economic tasks, per (million rubles a year)^elasticity administered", "persons", 19000, 8000, 40000,
        "Calibrated: 1.85 million (1925) and 2.23 million (1928) state employees (VOLKOV_ELITE); wide range")]
    public double AdminPerMillionRubles { get; init; }

    [Parameter("society", "admin_scale_elasticity", "Elasticity of the apparatus to the volume it administers", "elasticity", 0.5, 0.3, 1.0,
        "Assumption: administration has economies of scale")]
    public double AdminScaleElasticity { get; init; }

    [Parameter("society", "admin_scarcity_growth", "Extra apparatus per unit of scarcity (1 - availability of manufactures)", "ratio", 0.2, 0.0, 1.0,
        "Assumption: every shortage is a queue, a ration card and an inspector to manage")]
    public double AdminScarcityGrowth { get; init; }

    [Parameter("society", "admin_openness_cut", "Smaller apparatus under a fully open party regime and workers' control", "share", 0.3, 0.0, 0.6,
        "Assumption")]
    public double AdminOpennessCut { get; init; }

    [Parameter("society", "rationed_supply_per_person", "Value of rationed supplies per townsperson per year", "1913 rubles", 60, 20, 150,
        "Assumption")]
    public double RationedSupplyPerPerson { get; init; }

    [Parameter("society", "privilege_share_1921", "Share of consumer goods taken by the apparatus above its numbers' share, 1921", "share", 0.08, 0.0, 0.3,
        "Assumption: the party maximum held officials' pay near 175 rubles against about 50 for a worker (KARLIN_BLOG, low reliability)")]
    public double PrivilegeShare1921 { get; init; }

    [Parameter("society", "privilege_share_base", "Privileged share at no political weight and no scarcity", "share", 0.05, 0.0, 0.2,
        "Assumption")]
    public double PrivilegeShareBase { get; init; }

    [Parameter("society", "privilege_weight_response", "Growth of the privileged share with the apparatus's weight among employees", "ratio", 2.0, 0.0, 6.0,
        "Assumption: manager/worker pay ratio about 5 in 1937 (KARLIN_BLOG, low reliability)")]
    public double PrivilegeWeightResponse { get; init; }

    [Parameter("society", "employee_consumption_weight", "Consumption of an employee's family relative to a worker's", "ratio", 1.3, 1.0, 2.0,
        "Assumption: office employees' salaries ran above workers' wages in the 1920s; the party maximum (175 against about 50 rubles, KARLIN_BLOG) bounds the top")]
    public double EmployeeConsumptionWeight { get; init; }

    [Parameter("society", "unemployed_consumption_weight", "Consumption of an unemployed person's family relative to a worker's", "ratio", 0.5, 0.2, 1.0,
        "Assumption: unemployment benefit for a minority of the registered unemployed, casual earnings for the rest")]
    public double UnemployedConsumptionWeight { get; init; }
}
