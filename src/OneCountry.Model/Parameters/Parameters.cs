using OneCountry.Model.Engine;
namespace OneCountry.Model;

/// <summary>
/// Typed, immutable view of <see cref="ParameterValues"/> for the model's hot loops. Each property
/// is the registry entry of the same name in snake_case (see <see cref="ParameterRegistry"/> for
/// meaning, unit, range and source). A test checks that the two lists agree.
/// </summary>
public sealed class Parameters
{
    public ParameterValues Values { get; }

    public double Households1921 { get; }
    public double PersonsPerHousehold1921 { get; }
    public double UrbanPopulation1921 { get; }
    public double DraughtAnimalsPerHousehold1921 { get; }
    public double HorselessShare1921 { get; }
    public double CattlePerHousehold1921 { get; }
    public double SmallLivestockPerHousehold1921 { get; }
    public double GrainStockPerHousehold1921 { get; }
    public double CashPerHousehold1921 { get; }
    public double MarketGrainPrice1921 { get; }
    public double StateGrainStock1921 { get; }
    public double LandPerConsumer { get; }
    public double GrainNeedPerConsumer { get; }
    public double SubsistenceShare { get; }
    public double SeedRate { get; }
    public double BaseYield { get; }
    public double AreaPerDraughtAnimal { get; }
    public double AreaPerWorker { get; }
    public double HandTillagePerWorker { get; }
    public double HorselessYieldFactor { get; }
    public double CommercialSowingResponse { get; }
    public double SowingSafetyMargin { get; }
    public double PrecautionaryReserve { get; }
    public double SalePropensity { get; }
    public double SaleIncentiveElasticity { get; }
    public double AvailabilityWeight { get; }
    public double ManufacturesSpendPropensity { get; }
    public double OtherSpendingRate { get; }
    public double FodderGrainPerDraughtAnimal { get; }
    public double FodderGrainPerCattle { get; }
    public double FodderGrainPerSmallLivestock { get; }
    public double FodderResponse { get; }
    public double StorageLossRate { get; }
    public double LivestockIncomePerCattle { get; }
    public double DraughtBirthRate { get; }
    public double DraughtDeathRate { get; }
    public double CattleBirthRate { get; }
    public double CattleDeathRate { get; }
    public double SmallLivestockBirthRate { get; }
    public double SmallLivestockDeathRate { get; }
    public double FoodValueDraughtAnimal { get; }
    public double FoodValueCattle { get; }
    public double FoodValueSmallLivestock { get; }
    public double HorsePrice { get; }
    public double RentShare { get; }
    public double WageShare { get; }
    public double RepartitionRate { get; }
    public double EnterpriseSpread { get; }
    public double KulakSownMultiple { get; }
    public double PoorSownMultiple { get; }
    public double VoluntaryCollectivizationRate { get; }
    public double ForcedEntrySlaughter { get; }
    public double CollectiveEffort { get; }
    public double CollectiveEfficiency { get; }
    public double CollectiveLandExpansion { get; }
    public double CollectiveAnimalLoss { get; }
    public double MtsPaymentShare { get; }
    public double DeliveryPlanYield { get; }
    public double CollectiveIncentiveLoss { get; }
    public double DeporteeDeathRate { get; }
    public double DeporteeBirthRate { get; }
    public double ForcesPerDefenceShare { get; }
    public double WarDefenceSurge { get; }
    public double ArmyGrainPerSoldier { get; }
    /// <summary>The world's parameters (World/WorldParameters).</summary>
    public World.WorldParameters World { get; }
    /// <summary>The party's parameters (Politics/PoliticsParameters).</summary>
    public Politics.PoliticsParameters Politics { get; }
    public double AreaPerTractor { get; }
    public double Tractors1928 { get; }
    public double ArmamentShare { get; }
    public double BirthHungerResponse { get; }
    public double AnimalRawMaterialShare { get; }
    public double DefenceShareEmbodied { get; }
    public double Tractors1921 { get; }
    public double TractorPrice { get; }
    public double TractorServiceLife { get; }
    public double TractorImportShare { get; }
    public double BirthRate { get; }
    public double DeathRate { get; }
    public double FamineMortality { get; }
    public double UrbanNaturalIncrease { get; }
    public double MigrationRate { get; }
    public double HungerMigrationBoost { get; }
    public double PassportMigrationFactor { get; }
    public double PassportFlightFactor { get; }
    public double SplitRate { get; }
    public double SplitMinMembers { get; }
    public double WeatherSd { get; }
    public double WeatherCorrelation { get; }
    public double AgriTechniqueGrowth { get; }
    public double GrainPrice1913 { get; }
    public double UrbanGrainNeed { get; }
    public double NonfarmIncomePerWorker { get; }
    public double UrbanDemandElasticity { get; }
    public double TradeChannelElasticity { get; }
    public double TraderStockShare { get; }
    public double StateStockMonths { get; }
    public double WarScareHoarding { get; }
    public double ExpansionLabourFactor { get; }
    public double ConstructionWorkersPerMillion { get; }
    public double ServiceEmploymentRate { get; }
    public double StateFarmWorkers { get; }
    public double WorkersPerTractor { get; }
    public double UrbanParticipation { get; }
    public double StateApparatus1921 { get; }
    public double AdminPerCapita { get; }
    public double AdminPerMillionRubles { get; }
    public double AdminScaleElasticity { get; }
    public double AdminScarcityGrowth { get; }
    public double AdminOpennessCut { get; }
    public double RationedSupplyPerPerson { get; }
    public double PrivilegeShare1921 { get; }
    public double PrivilegeShareBase { get; }
    public double PrivilegeWeightResponse { get; }
    public double EmployeeConsumptionWeight { get; }
    public double UnemployedConsumptionWeight { get; }
    public double OtherExports1913 { get; }
    public double OtherExportVolume { get; }
    public double PrivateImportShare { get; }
    public double CapitalFlightShare { get; }
    public double Reserves1921 { get; }
    public double ReserveFloor { get; }
    public double ImportedMachineryProductivity { get; }
    public double GdpPerCapita1913 { get; }
    public double Population1913 { get; }
    public double UrbanPopulation1913 { get; }
    public double GrainHarvest1913 { get; }
    public double LivestockIndex1921 { get; }
    public double AgricultureWeight1913 { get; }
    public double IndustryWeight1913 { get; }
    public double IndustryOutput1921 { get; }
    public double IndustryCapacity1921 { get; }
    public double IndustryRecoveryRate { get; }
    public double InvestmentGoodsShare { get; }
    public double CapitalOutputRatio { get; }
    public double ConstructionMonths { get; }
    public double CapitalDepreciation { get; }
    public double IndustryTechniqueGrowth { get; }
    public double IndustrialWorkers1913 { get; }
    public double NationalIncome1913 { get; }
    public double IndustryOverheadShare { get; }
    public double RuralManufactures1913 { get; }
    public double UrbanManufacturesPerPerson1913 { get; }
    public double UrbanClaimElasticity { get; }

    public Parameters(ParameterValues v)
    {
        Values = v;
        Households1921 = v["households_1921"];
        PersonsPerHousehold1921 = v["persons_per_household_1921"];
        UrbanPopulation1921 = v["urban_population_1921"];
        DraughtAnimalsPerHousehold1921 = v["draught_animals_per_household_1921"];
        HorselessShare1921 = v["horseless_share_1921"];
        CattlePerHousehold1921 = v["cattle_per_household_1921"];
        SmallLivestockPerHousehold1921 = v["small_livestock_per_household_1921"];
        GrainStockPerHousehold1921 = v["grain_stock_per_household_1921"];
        CashPerHousehold1921 = v["cash_per_household_1921"];
        MarketGrainPrice1921 = v["market_grain_price_1921"];
        StateGrainStock1921 = v["state_grain_stock_1921"];
        LandPerConsumer = v["land_per_consumer"];
        GrainNeedPerConsumer = v["grain_need_per_consumer"];
        SubsistenceShare = v["subsistence_share"];
        SeedRate = v["seed_rate"];
        BaseYield = v["base_yield"];
        AreaPerDraughtAnimal = v["area_per_draught_animal"];
        AreaPerWorker = v["area_per_worker"];
        HandTillagePerWorker = v["hand_tillage_per_worker"];
        HorselessYieldFactor = v["horseless_yield_factor"];
        CommercialSowingResponse = v["commercial_sowing_response"];
        SowingSafetyMargin = v["sowing_safety_margin"];
        PrecautionaryReserve = v["precautionary_reserve"];
        SalePropensity = v["sale_propensity"];
        SaleIncentiveElasticity = v["sale_incentive_elasticity"];
        AvailabilityWeight = v["availability_weight"];
        ManufacturesSpendPropensity = v["manufactures_spend_propensity"];
        OtherSpendingRate = v["other_spending_rate"];
        FodderGrainPerDraughtAnimal = v["fodder_grain_per_draught_animal"];
        FodderGrainPerCattle = v["fodder_grain_per_cattle"];
        FodderGrainPerSmallLivestock = v["fodder_grain_per_small_livestock"];
        FodderResponse = v["fodder_response"];
        StorageLossRate = v["storage_loss_rate"];
        LivestockIncomePerCattle = v["livestock_income_per_cattle"];
        DraughtBirthRate = v["draught_birth_rate"];
        DraughtDeathRate = v["draught_death_rate"];
        CattleBirthRate = v["cattle_birth_rate"];
        CattleDeathRate = v["cattle_death_rate"];
        SmallLivestockBirthRate = v["small_livestock_birth_rate"];
        SmallLivestockDeathRate = v["small_livestock_death_rate"];
        FoodValueDraughtAnimal = v["food_value_draught_animal"];
        FoodValueCattle = v["food_value_cattle"];
        FoodValueSmallLivestock = v["food_value_small_livestock"];
        HorsePrice = v["horse_price"];
        RentShare = v["rent_share"];
        WageShare = v["wage_share"];
        RepartitionRate = v["repartition_rate"];
        EnterpriseSpread = v["enterprise_spread"];
        KulakSownMultiple = v["kulak_sown_multiple"];
        PoorSownMultiple = v["poor_sown_multiple"];
        VoluntaryCollectivizationRate = v["voluntary_collectivization_rate"];
        ForcedEntrySlaughter = v["forced_entry_slaughter"];
        CollectiveEffort = v["collective_effort"];
        CollectiveEfficiency = v["collective_efficiency"];
        CollectiveLandExpansion = v["collective_land_expansion"];
        CollectiveAnimalLoss = v["collective_animal_loss"];
        MtsPaymentShare = v["mts_payment_share"];
        DeliveryPlanYield = v["delivery_plan_yield"];
        CollectiveIncentiveLoss = v["collective_incentive_loss"];
        DeporteeDeathRate = v["deportee_death_rate"];
        DeporteeBirthRate = v["deportee_birth_rate"];
        ForcesPerDefenceShare = v["forces_per_defence_share"];
        WarDefenceSurge = v["war_defence_surge"];
        ArmyGrainPerSoldier = v["army_grain_per_soldier"];
        World = new World.WorldParameters(v);
        Politics = new Politics.PoliticsParameters(v);
        AreaPerTractor = v["area_per_tractor"];
        Tractors1928 = v["tractors_1928"];
        ArmamentShare = v["armament_share"];
        BirthHungerResponse = v["birth_hunger_response"];
        AnimalRawMaterialShare = v["animal_raw_material_share"];
        DefenceShareEmbodied = v["defence_share_embodied"];
        Tractors1921 = v["tractors_1921"];
        TractorPrice = v["tractor_price"];
        TractorServiceLife = v["tractor_service_life"];
        TractorImportShare = v["tractor_import_share"];
        BirthRate = v["birth_rate"];
        DeathRate = v["death_rate"];
        FamineMortality = v["famine_mortality"];
        UrbanNaturalIncrease = v["urban_natural_increase"];
        MigrationRate = v["migration_rate"];
        HungerMigrationBoost = v["hunger_migration_boost"];
        PassportMigrationFactor = v["passport_migration_factor"];
        PassportFlightFactor = v["passport_flight_factor"];
        SplitRate = v["split_rate"];
        SplitMinMembers = v["split_min_members"];
        WeatherSd = v["weather_sd"];
        WeatherCorrelation = v["weather_correlation"];
        AgriTechniqueGrowth = v["agri_technique_growth"];
        GrainPrice1913 = v["grain_price_1913"];
        UrbanGrainNeed = v["urban_grain_need"];
        NonfarmIncomePerWorker = v["nonfarm_income_per_worker"];
        UrbanDemandElasticity = v["urban_demand_elasticity"];
        TradeChannelElasticity = v["trade_channel_elasticity"];
        TraderStockShare = v["trader_stock_share"];
        StateStockMonths = v["state_stock_months"];
        WarScareHoarding = v["war_scare_hoarding"];
        ExpansionLabourFactor = v["expansion_labour_factor"];
        ConstructionWorkersPerMillion = v["construction_workers_per_million"];
        ServiceEmploymentRate = v["service_employment_rate"];
        StateFarmWorkers = v["state_farm_workers"];
        WorkersPerTractor = v["workers_per_tractor"];
        UrbanParticipation = v["urban_participation"];
        StateApparatus1921 = v["state_apparatus_1921"];
        AdminPerCapita = v["admin_per_capita"];
        AdminPerMillionRubles = v["admin_per_million_rubles"];
        AdminScaleElasticity = v["admin_scale_elasticity"];
        AdminScarcityGrowth = v["admin_scarcity_growth"];
        AdminOpennessCut = v["admin_openness_cut"];
        RationedSupplyPerPerson = v["rationed_supply_per_person"];
        PrivilegeShare1921 = v["privilege_share_1921"];
        PrivilegeShareBase = v["privilege_share_base"];
        PrivilegeWeightResponse = v["privilege_weight_response"];
        EmployeeConsumptionWeight = v["employee_consumption_weight"];
        UnemployedConsumptionWeight = v["unemployed_consumption_weight"];
        OtherExports1913 = v["other_exports_1913"];
        OtherExportVolume = v["other_export_volume"];
        PrivateImportShare = v["private_import_share"];
        CapitalFlightShare = v["capital_flight_share"];
        Reserves1921 = v["reserves_1921"];
        ReserveFloor = v["reserve_floor"];
        ImportedMachineryProductivity = v["imported_machinery_productivity"];
        GdpPerCapita1913 = v["gdp_per_capita_1913"];
        Population1913 = v["population_1913"];
        UrbanPopulation1913 = v["urban_population_1913"];
        GrainHarvest1913 = v["grain_harvest_1913"];
        LivestockIndex1921 = v["livestock_index_1921"];
        AgricultureWeight1913 = v["agriculture_weight_1913"];
        IndustryWeight1913 = v["industry_weight_1913"];
        IndustryOutput1921 = v["industry_output_1921"];
        IndustryCapacity1921 = v["industry_capacity_1921"];
        IndustryRecoveryRate = v["industry_recovery_rate"];
        InvestmentGoodsShare = v["investment_goods_share"];
        CapitalOutputRatio = v["capital_output_ratio"];
        ConstructionMonths = v["construction_months"];
        CapitalDepreciation = v["capital_depreciation"];
        IndustryTechniqueGrowth = v["industry_technique_growth"];
        IndustrialWorkers1913 = v["industrial_workers_1913"];
        NationalIncome1913 = v["national_income_1913"];
        IndustryOverheadShare = v["industry_overhead_share"];
        RuralManufactures1913 = v["rural_manufactures_1913"];
        UrbanManufacturesPerPerson1913 = v["urban_manufactures_per_person_1913"];
        UrbanClaimElasticity = v["urban_claim_elasticity"];
    }

    public static Parameters Defaults { get; } = new(ParameterValues.Defaults);
}
