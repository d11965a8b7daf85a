using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Defence: the parameters of group "defence", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("defence", "forces_per_defence_share", "Men under arms per person of the population per unit of the defence share", "persons/person", 0.12, 0.05, 0.2,
        "Assumption calibrated on the Red Army: about 0.56 million in 1925-28 at a defence share of ~3% and 4.2 million in 1941 at ~17% (Krivosheev 1997)")]
    public double ForcesPerDefenceShare { get; init; }

    [Parameter("defence", "army_grain_per_soldier", "Grain the army draws per man under arms per year: bread and its horses' fodder", "t/yr", 0.5, 0.3, 0.8,
        "Assumption: a bread ration of about 0.9 kg a day (0.33 t a year) and fodder for a horse per five to ten men")]
    public double ArmyGrainPerSoldier { get; init; }

    [Parameter("defence", "forces_manufactures_per_man", "Manufactures (kit, boots, linen, processed food) a man under arms uses a year", "1913 rubles/yr", 80.0, 40.0, 160.0,
        "Assumption: about two to three times a townsperson's 1913 claim on manufactures (urban_manufactures_per_person_1913 = 30): a uniform, greatcoat and boots, and the army ration's meat, fats and sugar; the defence budget's other upkeep items (pay, construction, fuel, transport) are not manufactures (Davies and Harrison 1997)")]
    public double ForcesManufacturesPerMan { get; init; }

    [Parameter("defence", "war_defence_surge", "Extra defence share while the USSR itself is at war (a scripted war of the USSR)", "share", 0.05, 0.0, 0.2,
        "Assumption: the Winter War's outlays")]
    public double WarDefenceSurge { get; init; }
}
