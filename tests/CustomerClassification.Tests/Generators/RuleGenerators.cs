using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Tests.Rules;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerClassification.Tests.Generators;

/// <summary>
/// Well-typed conditions over the fields of <see cref="SampleRules"/>'s archive, profiles of customers in it,
/// and rule lists; values come from small pools so that conditions match often enough to be interesting.
/// </summary>
public static class RuleGenerators
{
    public static readonly string[] NumberFields = ["years", "合作年限", "monthsSinceDeveloped", "creditLimit", "monthlyAverage", "sales", "orderCount", "maxOverdueDays", "openBalance", "daysSinceLastOrder", "注册资本"];
    public static readonly string[] TextFields = ["name", "grade", "信用等级", "类型", "shortName", "settlement"];
    public static readonly string[] DateFields = ["developedOn", "lastOrderOn", "签约日期"];
    public static readonly string[] YesNoFields = ["hasTransactions", "deactivated"];
    public static readonly string[] DimensionFields = ["category", "分类", "region", "行业"];
    public static readonly string[] Tags = ["重点", "观察", "VIP"];

    // Trading statistics always have a value; 'is empty' on them is a compile error.
    private static readonly string[] CanBeEmpty =
        [.. NumberFields.Except(["sales", "monthlyAverage", "orderCount", "maxOverdueDays", "openBalance"]), .. TextFields, .. DateFields, .. DimensionFields, "tags"];

    private static readonly decimal[] Numbers = [-5m, 0m, 1m, 2.5m, 3m, 5m, 12m, 60m, 100m, 1000m, 50_000m];
    private static readonly string[] Texts = ["AA", "A", "B", "经销商", "零售", "上海", "公司", "华联", string.Empty, "O'Brien"];
    private static readonly LocalDate[] Dates = [new(2015, 1, 1), new(2019, 3, 1), new(2023, 6, 30), new(2025, 1, 1), new(2025, 6, 30), new(2026, 1, 1)];
    private static readonly Dictionary<string, string[]> Codes = new(StringComparer.Ordinal)
    {
        ["category"] = ["01", "0101", "0102", "02", "0201", "0202"],
        ["分类"] = ["01", "0101", "0102", "02", "0201", "0202"],
        ["region"] = ["01", "0101", "0102", "02", "0201"],
        ["行业"] = ["01", "02"],
    };

    private static readonly ComparisonOperator[] Ordering =
        [ComparisonOperator.Equal, ComparisonOperator.NotEqual, ComparisonOperator.LessThan, ComparisonOperator.LessThanOrEqual, ComparisonOperator.GreaterThan, ComparisonOperator.GreaterThanOrEqual];

    private static readonly ComparisonOperator[] TextOperators =
        [ComparisonOperator.Equal, ComparisonOperator.NotEqual, ComparisonOperator.Contains, ComparisonOperator.StartsWith];

    public static Gen<RuleCondition> Leaf() => Gen.OneOf(
        NumberLeaf(), TextLeaf(), DateLeaf(), YesNoLeaf(), DimensionLeaf(),
        Gen.Elements(CanBeEmpty)
            .Zip(ArbMap.Default.GeneratorFor<bool>(), (f, negated) => (RuleCondition)new IsEmptyCondition(f, negated)),
        Gen.Elements(Tags).Select(t => (RuleCondition)new HasTagCondition(t)));

    public static Gen<RuleCondition> Condition() => Gen.Sized(size => Condition(Math.Min(size / 10, 4)));

    public static Gen<CustomerProfile> Profile() =>
        from category in Gen.Elements("0101", "0102", "0201", "0202")
        from region in Gen.Elements<string?>(null, "0101", "0102", "0201")
        from industry in Gen.Elements<string?>(null, "01", "02")
        from grade in Gen.Elements<string?>(null, "AA", "A", "B")
        from name in Gen.Elements("上海华联商贸有限公司", "北京王府井百货", "O'Brien Trading", "江苏经销部")
        from limit in Gen.Elements<decimal?>(null, 0m, 5m, 50_000m)
        from developedMonthsAgo in Gen.Elements<int?>(null, -2, 0, 5, 36, 75, 140)
        from tags in Gen.SubListOf(Tags)
        from type in Gen.Elements<string?>(null, "经销商", "零售", string.Empty)
        from capital in Gen.Elements<decimal?>(null, 0m, 1000m, 50_000m)
        from signed in Gen.Elements<LocalDate?>(null, new LocalDate(2019, 3, 1), new LocalDate(2025, 6, 30))
        from transacted in ArbMap.Default.GeneratorFor<bool>()
        from stats in Stats()
        select new CustomerProfile(
            new Customer("C1", name)
            {
                CategoryCode = category,
                RegionCode = region,
                Dimensions = industry is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["行业"] = industry },
                CreditGrade = grade,
                CreditLimit = limit,
                DevelopedOn = developedMonthsAgo is { } months ? SampleRules.AsOf.PlusMonths(-months) : null,
                Tags = tags.ToArray(),
                CustomFields = CustomFields(type, capital, signed),
                HasTransactions = transacted,
            },
            stats,
            SampleRules.AsOf);

    /// <summary>Rules over the sample archive with the given priorities, each assigning one of a few targets.</summary>
    public static Gen<ClassificationRule[]> Rules(int count) =>
        from conditions in Gen.ArrayOf(Condition(), count)
        from targets in Gen.ArrayOf(Gen.Elements(
            RuleAction.AssignCategory(DimensionNames.Category, "0101"),
            RuleAction.AssignCategory(DimensionNames.Category, "0201"),
            RuleAction.AssignCategory(DimensionNames.Region, "0102"),
            RuleAction.SetCreditGrade("A"),
            RuleAction.AddTag("观察")), count)
        select conditions.Select((c, i) => new ClassificationRule("r" + i, c, targets[i]) { Priority = i * 7 % count }).ToArray();

    public static Arbitrary<RuleCondition> Conditions() => Condition().ToArbitrary();

    public static Arbitrary<CustomerProfile> Profiles() => Profile().ToArbitrary();

    private static Gen<RuleCondition> Condition(int depth) => depth <= 0
        ? Leaf()
        : Gen.Frequency(
            (3, Leaf()),
            (2, Gen.ListOf(Condition(depth - 1), 2).Zip(Condition(depth - 1), (l, c) => (RuleCondition)new AndCondition(l.Append(c)))),
            (2, Gen.ListOf(Condition(depth - 1), 1).Zip(Condition(depth - 1), (l, c) => (RuleCondition)new OrCondition(l.Append(c)))),
            (1, Condition(depth - 1).Select(c => (RuleCondition)new NotCondition(c))));

    private static Gen<RuleCondition> NumberLeaf() => Gen.OneOf(
        from field in Gen.Elements(NumberFields)
        from op in Gen.Elements(Ordering)
        from value in Gen.Elements(Numbers)
        select (RuleCondition)new ComparisonCondition(field, op, RuleValue.FromNumber(value)),
        from field in Gen.Elements(NumberFields)
        from values in Gen.NonEmptyListOf(Gen.Elements(Numbers))
        from negated in ArbMap.Default.GeneratorFor<bool>()
        select (RuleCondition)new InCondition(field, values.Select(RuleValue.FromNumber), negated));

    private static Gen<RuleCondition> TextLeaf() => Gen.OneOf(
        from field in Gen.Elements(TextFields)
        from op in Gen.Elements(TextOperators)
        from value in Gen.Elements(Texts)
        select (RuleCondition)new ComparisonCondition(field, op, RuleValue.FromText(value)),
        from field in Gen.Elements(TextFields)
        from values in Gen.NonEmptyListOf(Gen.Elements(Texts))
        from negated in ArbMap.Default.GeneratorFor<bool>()
        select (RuleCondition)new InCondition(field, values.Select(RuleValue.FromText), negated));

    private static Gen<RuleCondition> DateLeaf() =>
        from field in Gen.Elements(DateFields)
        from op in Gen.Elements(Ordering)
        from value in Gen.Elements(Dates)
        select (RuleCondition)new ComparisonCondition(field, op, RuleValue.FromDate(value));

    private static Gen<RuleCondition> YesNoLeaf() =>
        from field in Gen.Elements(YesNoFields)
        from op in Gen.Elements(ComparisonOperator.Equal, ComparisonOperator.NotEqual)
        from value in ArbMap.Default.GeneratorFor<bool>()
        select (RuleCondition)new ComparisonCondition(field, op, RuleValue.FromBoolean(value));

    private static Gen<RuleCondition> DimensionLeaf() =>
        from field in Gen.Elements(DimensionFields)
        from op in Gen.Elements(ComparisonOperator.Equal, ComparisonOperator.NotEqual, ComparisonOperator.Under, ComparisonOperator.StartsWith)
        from code in Gen.Elements(Codes[field])
        from list in Gen.SubListOf(Codes[field])
        from useList in Gen.Elements(false, false, true)
        select useList && list.Count > 0
            ? (RuleCondition)new InCondition(field, list.Select(RuleValue.FromText), negated: op == ComparisonOperator.NotEqual)
            : new ComparisonCondition(field, op, RuleValue.FromText(code));

    private static Gen<TradingStats> Stats() =>
        from average in Gen.Elements(0m, 3_000m, 50_000m, 62_000m)
        from orders in Gen.Elements(0, 1, 12, 20)
        from lastOrder in Gen.Elements<int?>(null, 0, 10, 400)
        from overdue in Gen.Elements(0, 30, 91)
        from balance in Gen.Elements(-1_000m, 0m, 1_000m)
        select new TradingStats
        {
            Sales = average * 12,
            MonthlyAverage = average,
            OrderCount = orders,
            LastOrderOn = lastOrder is { } days ? SampleRules.AsOf.PlusDays(-days) : null,
            MaxOverdueDays = overdue,
            OpenBalance = balance,
        };

    private static Dictionary<string, CustomFieldValue> CustomFields(string? type, decimal? capital, LocalDate? signed)
    {
        var fields = new Dictionary<string, CustomFieldValue>(StringComparer.Ordinal);
        if (type is not null)
        {
            fields["类型"] = type;
        }

        if (capital is { } number)
        {
            fields["注册资本"] = number;
        }

        if (signed is { } date)
        {
            fields["签约日期"] = date;
        }

        return fields;
    }
}
