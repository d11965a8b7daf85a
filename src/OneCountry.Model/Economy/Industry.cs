using OneCountry.Model.Engine;
namespace OneCountry.Model.Economy;

/// <summary>
/// Soviet large-scale industry in two departments, producer goods (group A) and consumer goods
/// (group B), each with a capacity (1913 output = 1) and a shared capacity utilisation and
/// technique.
/// - **Recovery.** After the Civil War plant stood idle for want of fuel, raw materials and working
///   capital: output is held to a ceiling that compounds at <c>industry_recovery_rate</c> a year —
///   each month's output financing the next — until the plant is in full use (the prewar level of
///   output was regained about 1926–27, Nove 1992). Capacity added meanwhile stands idle.
/// - **Investment.** A share of national income (lever <c>industrial_investment_share</c>) is
///   invested in industry, but no more than the investment goods producer-goods industry can make
///   (<c>investment_goods_share</c> of its output): Feldman's point that the producer-goods
///   department sets the pace of accumulation. The lever <c>heavy_industry_share</c> (Feldman's key
///   parameter; Allen 2003's e) splits it between the departments. Investment passes through a
///   construction pipeline of <c>construction_stages</c> stages (an Erlang delay; 1 = exponential)
///   with mean <c>heavy_construction_months</c> for producer goods and <c>construction_months</c>
///   for consumer goods, and adds capacity at <c>capital_output_ratio</c>; what is in the pipeline
///   is unfinished construction.
/// - **Depreciation** at <c>capital_depreciation</c> a year (a 20-year service life, POPOV_TFP);
///   **technique** grows at <c>industry_technique_growth</c>.
/// Output of each department = utilisation × capacity × technique; the industrial output index
/// weights them by their 1913 shares (group A 39%, group B 61%, ETHICS1913).
/// </summary>
public sealed class Industry
{
    public const double ProducerWeight1913 = 2547.0 / 6522.0, ConsumerWeight1913 = 3975.0 / 6522.0;
    public const double ProducerOutput1913Rubles = 2.547e9, ConsumerOutput1913Rubles = 3.975e9;

    public double ProducerCapacity { get; private set; }
    public double ConsumerCapacity { get; private set; }
    public double Utilization { get; private set; }
    public double Technique { get; private set; } = 1.0;
    /// <summary>Unfinished construction by stage of the Erlang pipeline (1913 rubles): money
    /// spent on projects not yet producing. Investment enters stage 0; each stage passes
    /// stages/mean of its content a month to the next; the last stage's outflow is capacity.</summary>
    private readonly double[] producerStages = new double[MaxStages], consumerStages = new double[MaxStages];
    public const int MaxStages = 6;
    public double ProducerPipeline => Sum(producerStages);
    public double ConsumerPipeline => Sum(consumerStages);
    private static double Sum(double[] a) { double s = 0; foreach (double x in a) s += x; return s; }
    /// <summary>Construction completed last month and capital worn out last month (1913 rubles).</summary>
    public double LastCompleted { get; private set; }
    public double LastDepreciation { get; private set; }
    /// <summary>Fixed capital of both departments at 1913 prices: capacity × capital–output ratio × 1913 output.</summary>
    public double CapitalRubles(Parameters p) =>
        p.CapitalOutputRatio * (ProducerCapacity * ProducerOutput1913Rubles + ConsumerCapacity * ConsumerOutput1913Rubles);
    public double LastInvestment { get; private set; }
    /// <summary>The output the recovering economy can support (fuel, raw materials, working
    /// capital), 1913 = 1; it compounds until it no longer binds.</summary>
    public double RecoveryCeiling { get; private set; }
    /// <summary>Whether the plant has once been brought into full use; from then on it stays in use.</summary>
    public bool Recovered { get; private set; }
    /// <summary>Armaments delivered last month (1913 rubles), taken from producer-goods output ahead of investment.</summary>
    public double LastArmaments { get; private set; }
    /// <summary>Tractors and farm machinery made last month (1913 rubles).</summary>
    public double LastTractorRubles { get; private set; }

    public Industry(Parameters p)
    {
        ProducerCapacity = ConsumerCapacity = p.IndustryCapacity1921;
        RecoveryCeiling = p.IndustryOutput1921;
        Utilization = Math.Clamp(RecoveryCeiling / p.IndustryCapacity1921, 0.01, 1.0);
    }

    public double ProducerOutput => Utilization * ProducerCapacity * Technique;
    public double ConsumerOutput => Utilization * ConsumerCapacity * Technique * RawMaterialFactor;

    /// <summary>
    /// Light industry's use of agricultural raw materials (the input–output tie):
    /// the branches working animal products — wool, leather, fats; the share
    /// <c>animal_raw_material_share</c> of consumer-goods capacity — produce no more than the herds
    /// supply: their output is min(1, livestock index / potential consumer output) of capacity,
    /// both relative to 1913. The rest (cotton, flax, sugar; grown or imported) is not
    /// constrained. Set each month from the previous month's livestock (Simulation).
    /// </summary>
    public double RawMaterialFactor { get; private set; } = 1.0;

    public void SupplyRawMaterials(Parameters p, double livestockIndex)
    {
        double potential = Utilization * ConsumerCapacity * Technique;
        double animal = potential > 0 ? Math.Min(1.0, Math.Max(0, livestockIndex) / potential) : 1.0;
        RawMaterialFactor = 1 - p.AnimalRawMaterialShare + p.AnimalRawMaterialShare * animal;
    }
    public double Output => ProducerWeight1913 * ProducerOutput + ConsumerWeight1913 * ConsumerOutput;

    /// <summary>Industrial workers needed for the month's output: 1913's workforce per unit of
    /// output, divided by technique.</summary>
    public double Workers(Parameters p) => p.IndustrialWorkers1913 * Output / Technique;

    /// <summary>One month: recovery, investment into the construction pipelines (with last month's
    /// imported machinery, at its higher productivity, into producer goods), completions,
    /// depreciation, technique. <paramref name="nationalIncomeRubles"/> is a year's national income
    /// at 1913 prices.</summary>
    /// <remarks>Defence (lever <c>defence_share</c> of national income) takes its armaments from the
    /// producer-goods department ahead of investment: equipment for investment is what the
    /// department makes less the weapons ("defence takes heavy-industry
    /// output"). <paramref name="armamentsRubles"/> is a month's armaments order at 1913 prices.</remarks>
    /// <remarks>Tractors and farm machinery (lever <c>tractor_output_share</c> of producer-goods
    /// output) also come out of the equipment the department makes, ahead of weapons and investment.</remarks>
    public void Step(Parameters p, double investmentShare, double heavyShare, double nationalIncomeRubles, double importedMachineryRubles = 0,
        double armamentsRubles = 0, double tractorOutputShare = 0)
    {
        if (!Recovered)
        {
            double capacity = (ProducerWeight1913 * ProducerCapacity + ConsumerWeight1913 * ConsumerCapacity) * Technique;
            RecoveryCeiling *= 1 + p.IndustryRecoveryRate / 12.0;
            if (RecoveryCeiling >= capacity) Recovered = true;
            Utilization = Recovered ? 1.0 : Math.Clamp(RecoveryCeiling / capacity, 0.01, 1.0);
        }

        double wanted = investmentShare * nationalIncomeRubles / 12.0;
        double equipment = p.InvestmentGoodsShare * ProducerOutput * ProducerOutput1913Rubles / 12.0;
        LastTractorRubles = Math.Min(Math.Max(0, tractorOutputShare) * ProducerOutput * ProducerOutput1913Rubles / 12.0, equipment);
        LastArmaments = Math.Min(Math.Max(0, armamentsRubles), equipment - LastTractorRubles);
        double possible = equipment - LastTractorRubles - LastArmaments;
        double investment = Math.Max(0, Math.Min(wanted, possible));
        LastInvestment = investment;
        int stages = Math.Clamp((int)Math.Round(p.ConstructionStages), 1, MaxStages);
        double completedProducer = Build(producerStages, stages, p.HeavyConstructionMonths, heavyShare * investment + importedMachineryRubles * p.ImportedMachineryProductivity);
        double completedConsumer = Build(consumerStages, stages, p.ConstructionMonths, (1 - heavyShare) * investment);
        double depreciation = p.CapitalDepreciation / 12.0;
        LastCompleted = completedProducer + completedConsumer;
        LastDepreciation = depreciation * CapitalRubles(p);
        ProducerCapacity = ProducerCapacity * (1 - depreciation) + completedProducer / (p.CapitalOutputRatio * ProducerOutput1913Rubles);
        ConsumerCapacity = ConsumerCapacity * (1 - depreciation) + completedConsumer / (p.CapitalOutputRatio * ConsumerOutput1913Rubles);
        Technique *= 1 + p.IndustryTechniqueGrowth / 12.0;
    }

    /// <summary>One month of an Erlang pipeline of <paramref name="stages"/> stages with mean
    /// <paramref name="meanMonths"/>: the outflows are taken from the contents at the month's
    /// opening, then the new investment enters the first stage. Returns the completed construction.
    /// With one stage this is the exponential delay (a share 1/mean completes at once).</summary>
    public static double Build(double[] pipeline, int stages, double meanMonths, double inflow)
    {
        double rate = Math.Min(1.0, stages / meanMonths);
        double carried = inflow;
        if (stages == 1) rate = 1.0 / meanMonths;
        if (stages == 1) { pipeline[0] += inflow; double done = pipeline[0] / meanMonths; pipeline[0] -= done; return done; }
        for (int i = 0; i < stages; i++)
        {
            double outflow = pipeline[i] * rate;
            pipeline[i] += carried - outflow;
            carried = outflow;
        }
        return carried;
    }

    /// <summary>Extra technique growth this month from a federation with more advanced economies
    /// (World/WorldSystem: the members' plants, designs and engineers).</summary>
    public void Converge(double monthlyRate) => Technique *= 1 + Math.Max(0, monthlyRate);
}
