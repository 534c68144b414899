using System.Collections.Generic;
using System.Globalization;
using CustomerClassification.Coding;

namespace CustomerClassification.Benchmarks.Coding;

/// <summary>The rows of a 4-level category tree under scheme 2-3-3-3, with a given fan-out per level.</summary>
public static class SampleTree
{
    public static readonly CodingScheme Scheme = CodingScheme.Parse("2-3-3-3");

    /// <summary>About 1,000 categories (2 × 4 × 10 × 12 leaves = 1,050) or about 100,000 (10 × 10 × 30 × 33 = 102,110).</summary>
    public static int[] FanOut(int size) => size <= 1_000 ? [2, 4, 10, 12] : [10, 10, 30, 33];

    public static List<CategoryRow> Rows(int size)
    {
        var rows = new List<CategoryRow>();
        Grow(rows, string.Empty, 0, FanOut(size));
        return rows;
    }

    private static void Grow(List<CategoryRow> rows, string parent, int level, int[] fanOut)
    {
        if (level == fanOut.Length)
        {
            return;
        }

        var width = Scheme.Levels[level];
        for (var i = 1; i <= fanOut[level]; i++)
        {
            var code = parent + i.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            rows.Add(new CategoryRow(code, "分类" + code));
            Grow(rows, code, level + 1, fanOut);
        }
    }
}
