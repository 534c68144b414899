using System.Collections.Generic;

namespace CustomerClassification.Archives;

/// <summary>
/// The words of the credit-control profile values, read here (below Credit) so that a profile refuses a word no check
/// understands: 信用控制纬度 as the values of <c>Credit.CreditControlDimension</c>, 信用占用 as the flags of
/// <c>Credit.CreditExposureParts</c>.
/// </summary>
internal static class CreditWords
{
    private static readonly Dictionary<string, int> Dimensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["limit"] = 1, ["额度"] = 1, ["信用额度"] = 1,
        ["period"] = 2, ["期限"] = 2, ["信用期限"] = 2,
        ["both"] = 3, ["额度和期限"] = 3, ["额度+期限"] = 3, ["limit+period"] = 3, ["全部"] = 3,
    };

    private static readonly Dictionary<string, int> Parts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["receivables"] = 1, ["应收"] = 1, ["应收账款"] = 1, ["应收余额"] = 1,
        ["orders"] = 2, ["order"] = 2, ["订单"] = 2, ["销售订单"] = 2,
        ["deliveries"] = 4, ["delivery"] = 4, ["发货"] = 4, ["发货单"] = 4,
        ["invoices"] = 8, ["invoice"] = 8, ["发票"] = 8, ["销售发票"] = 8,
    };

    /// <summary>The words of each dimension, for messages.</summary>
    public const string DimensionWords = "额度, 期限, 额度和期限 (limit, period, both)";

    /// <summary>The words of each part, for messages.</summary>
    public const string PartWords = "应收, 订单, 发货, 发票 (receivables, orders, deliveries, invoices)";

    /// <summary>The dimension a word names (1 limit, 2 period, 3 both), or null.</summary>
    public static int? Dimension(string text) => Dimensions.TryGetValue(text.Trim(), out var value) ? value : null;

    /// <summary>The exposure part a word names (a single flag), or null.</summary>
    public static int? Part(string text) => Parts.TryGetValue(text.Trim(), out var value) ? value : null;

    /// <summary>The parts a list names, or null when a word is unknown.</summary>
    public static int? PartsOf(IEnumerable<string> words)
    {
        var parts = 0;
        foreach (var word in words)
        {
            if (Part(word) is not { } part)
            {
                return null;
            }

            parts |= part;
        }

        return parts;
    }
}
