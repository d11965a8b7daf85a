using OneCountry.Model.Engine;
namespace OneCountry.Model.Countryside;

public enum HouseholdStatus : byte { Individual = 0, Collective = 1, Deported = 2, Extinct = 3 }

public enum Stratum : byte { Poor = 0, Middle = 1, Kulak = 2 }

/// <summary>
/// The peasant households as a structure of arrays: one column per field, one row per simulated
/// household, each standing for the run's scale of real households (Country/CountryState.RealPerRow). Rows are never removed (an
/// extinct household keeps its row, so ids stay stable); new households from divisions are
/// appended at a fixed point of the step, in block order.
/// </summary>
/// <remarks>
/// | column | unit | meaning |
/// |---|---|---|
/// | Zone | index | climate zone (<see cref="Zones"/>) |
/// | Status | enum | individual, collective, deported, extinct |
/// | Stratum | enum | poor, middle, kulak (classified each October) |
/// | Members | persons | people in the household |
/// | FamilyAge | years | years since the household was formed (Chayanov's family cycle) |
/// | Enterprise | ratio | skill and enterprise multiplier on yields |
/// | Land | ha | arable allotment |
/// | LeasedIn, LeasedOut | ha | land leased this crop year |
/// | HiredIn | ha | area worked by hired labour |
/// | HiredOut | ha-equivalent | own labour hired out to others |
/// | Sown | ha | area sown this crop year |
/// | DraughtAnimals, Cattle, Pigs, Sheep | head | livestock: horses and oxen, cattle, pigs, sheep and goats (Countryside/Herds) |
/// | Grain | t | grain stock |
/// | Cash | 1913 rubles | money |
/// | TaxDue | 1913 rubles | money tax still to pay this tax year |
/// | FoodRatio | ratio | last month's food against the norm |
/// | JoinedByForce | flag | entered the collective farm under the drive (leaves first when allowed) |
/// </remarks>
public sealed class HouseholdTable
{
    public const int BlockSize = 8192;

    public int Count { get; private set; }
    public int Capacity { get; }

    public readonly byte[] Zone;
    public readonly byte[] Status;
    public readonly byte[] Stratum;
    public readonly short[] Members;
    public readonly float[] FamilyAge;
    public readonly float[] Enterprise;
    public readonly float[] Land;
    public readonly float[] LeasedIn;
    public readonly float[] LeasedOut;
    public readonly float[] HiredIn;
    public readonly float[] HiredOut;
    public readonly float[] Sown;
    public readonly float[] DraughtAnimals;
    public readonly float[] Cattle;
    public readonly float[] Pigs;
    /// <summary>Sheep and goats (head).</summary>
    public readonly float[] Sheep;
    public readonly double[] Grain;
    public readonly double[] Cash;
    public readonly float[] TaxDue;
    public readonly float[] FoodRatio;
    public readonly byte[] JoinedByForce;
    /// <summary>Last month's consumption per member: own and bought food grain at its 1913 price
    /// plus manufactures at 1913 prices (1913 rubles a person a month; Society/Distribution).</summary>
    public readonly float[] Consumption;

    public HouseholdTable(int capacity)
    {
        Capacity = capacity;
        Zone = new byte[capacity];
        Status = new byte[capacity];
        Stratum = new byte[capacity];
        Members = new short[capacity];
        FamilyAge = new float[capacity];
        Enterprise = new float[capacity];
        Land = new float[capacity];
        LeasedIn = new float[capacity];
        LeasedOut = new float[capacity];
        HiredIn = new float[capacity];
        HiredOut = new float[capacity];
        Sown = new float[capacity];
        DraughtAnimals = new float[capacity];
        Cattle = new float[capacity];
        Pigs = new float[capacity];
        Sheep = new float[capacity];
        Grain = new double[capacity];
        Cash = new double[capacity];
        TaxDue = new float[capacity];
        FoodRatio = new float[capacity];
        JoinedByForce = new byte[capacity];
        Consumption = new float[capacity];
    }

    public int BlockCount => (Count + BlockSize - 1) / BlockSize;

    /// <summary>Appends an empty row and returns its index. Called only at the step's fixed
    /// structural-change point.</summary>
    public int Append()
    {
        if (Count >= Capacity) throw new InvalidOperationException($"household table is full ({Capacity} rows); raise the capacity margin");
        FoodRatio[Count] = 1f;
        return Count++;
    }

    /// <summary>Chayanov's family cycle: the share of members able to work, by years since the
    /// household was formed. A young couple are both workers; children lower the share until
    /// they grow up (Chayanov 1925, ch. 1).</summary>
    public static float WorkerShare(float familyAge)
    {
        if (familyAge < 10f) return 0.8f - 0.047f * familyAge;          // 0.80 → 0.33
        if (familyAge < 20f) return 0.33f + 0.014f * (familyAge - 10f); // 0.33 → 0.47
        return 0.47f;
    }

    /// <summary>Adult-consumer units: workers count 1, dependants (mostly young children) 0.2, which
    /// reproduces Chayanov's usual family of 6 persons = 3.5 consumer units over the family cycle
    /// (CHAYANOV_TPE).</summary>
    public static float ConsumerUnits(int members, float workerShare)
    {
        float workers = members * workerShare;
        return workers + 0.2f * (members - workers);
    }
}
