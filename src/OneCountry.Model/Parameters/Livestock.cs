using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Livestock: the parameters of group "livestock", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("livestock", "draught_birth_rate", "Draught animals born per head per year with full fodder", "1/yr", 0.12, 0.05, 0.18,
        "Assumption: horses recovered about 5% a year in the 1920s")]
    public double DraughtBirthRate { get; init; }

    [Parameter("livestock", "draught_death_rate", "Draught animals dying per head per year", "1/yr", 0.05, 0.03, 0.09,
        "Assumption")]
    public double DraughtDeathRate { get; init; }

    [Parameter("livestock", "cattle_birth_rate", "Calves per head of cattle per year with full fodder", "1/yr", 0.22, 0.12, 0.35,
        "Assumption")]
    public double CattleBirthRate { get; init; }

    [Parameter("livestock", "cattle_death_rate", "Cattle dying or slaughtered for own use per head per year", "1/yr", 0.16, 0.08, 0.25,
        "Assumption")]
    public double CattleDeathRate { get; init; }

    [Parameter("livestock", "small_livestock_birth_rate", "Young per head of small livestock per year with full fodder", "1/yr", 0.55, 0.3, 0.9,
        "Assumption")]
    public double SmallLivestockBirthRate { get; init; }

    [Parameter("livestock", "small_livestock_death_rate", "Small livestock dying or slaughtered per head per year", "1/yr", 0.45, 0.25, 0.7,
        "Assumption")]
    public double SmallLivestockDeathRate { get; init; }

    [Parameter("livestock", "food_value_draught_animal", "Food from slaughtering a draught animal, grain equivalent", "t", 0.15, 0.08, 0.3,
        "Assumption")]
    public double FoodValueDraughtAnimal { get; init; }

    [Parameter("livestock", "food_value_cattle", "Food from slaughtering one head of cattle, grain equivalent", "t", 0.20, 0.1, 0.35,
        "Assumption")]
    public double FoodValueCattle { get; init; }

    [Parameter("livestock", "food_value_small_livestock", "Food from slaughtering a sheep, goat or pig, grain equivalent", "t", 0.03, 0.01, 0.06,
        "Assumption")]
    public double FoodValueSmallLivestock { get; init; }

    [Parameter("livestock", "horse_price", "Price of a draught animal between households", "t of grain", 1.2, 0.6, 2.5,
        "Assumption: 60-80 rubles before 1914 at about 1 ruble per pud of grain")]
    public double HorsePrice { get; init; }
}
