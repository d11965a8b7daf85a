namespace OneCountry.Model.Engine;

/// <summary>
/// A calendar month, the model's tick. Stored as months since January of year 0 so that
/// comparison and arithmetic are integer operations.
/// </summary>
public readonly record struct Month(int Index) : IComparable<Month>
{
    public const int EarliestYear = 1913;
    public const int LatestYear = 1950;

    public static Month Of(int year, int month)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1..12");
        return new Month(year * 12 + (month - 1));
    }

    public int Year => Index / 12;

    /// <summary>Calendar month, 1 = January.</summary>
    public int CalendarMonth => Index % 12 + 1;

    /// <summary>First calendar year of the crop year (July–June) this month belongs to.</summary>
    public int CropYear => CalendarMonth >= 7 ? Year : Year - 1;

    public Month Plus(int months) => new(Index + months);

    public static int operator -(Month a, Month b) => a.Index - b.Index;
    public static bool operator <(Month a, Month b) => a.Index < b.Index;
    public static bool operator >(Month a, Month b) => a.Index > b.Index;
    public static bool operator <=(Month a, Month b) => a.Index <= b.Index;
    public static bool operator >=(Month a, Month b) => a.Index >= b.Index;

    public int CompareTo(Month other) => Index.CompareTo(other.Index);

    public override string ToString() => $"{Year:D4}-{CalendarMonth:D2}";

    public static string CropYearLabel(int firstYear) => $"{firstYear}/{(firstYear + 1) % 100:D2}";

    /// <summary>Parses <c>YYYY-MM</c>. Returns false for anything else.</summary>
    public static bool TryParse(string? text, out Month month)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)) return false;
        if (m is < 1 or > 12) return false;
        month = Of(y, m);
        return true;
    }
}
