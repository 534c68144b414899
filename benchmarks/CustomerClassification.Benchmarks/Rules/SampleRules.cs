using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using NodaTime;
using RE = RulesEngine.Models;

namespace CustomerClassification.Benchmarks.Rules;

/// <summary>
/// Fifty rules over the sample account set (ten shapes × five thresholds), each written three ways — rule text,
/// a hand-written C# lambda and a Microsoft RulesEngine expression — and profiles of the sample customers with
/// trading statistics that make roughly a third of the conditions hold.
/// </summary>
public static class SampleRules
{
    public static readonly LocalDate AsOf = new(2026, 6, 30);

    private static readonly string[] Words = ["华联", "宏达", "金鑫", "恒通", "永盛"];

    public static IReadOnlyList<(ClassificationRule Rule, Expression<Func<CustomerProfile, bool>> Lambda, string RulesEngineExpression)> All { get; } = Build();

    public static ClassificationRule[] Rules() => All.Select(r => r.Rule).ToArray();

    public static Func<CustomerProfile, bool>[] Lambdas() => All.Select(r => r.Lambda.Compile()).ToArray();

    public static RE.Workflow Workflow() => new()
    {
        WorkflowName = "classification",
        Rules = All.Select(r => new RE.Rule { RuleName = r.Rule.Name, Expression = r.RulesEngineExpression, RuleExpressionType = RE.RuleExpressionType.LambdaExpression }).ToList(),
    };

    /// <summary>The baseline: every hand-written lambda on every profile, counting matches.</summary>
    public static int CountMatches(CustomerProfile[] profiles, Func<CustomerProfile, bool>[] lambdas)
    {
        var matches = 0;
        foreach (var profile in profiles)
        {
            foreach (var lambda in lambdas)
            {
                matches += lambda(profile) ? 1 : 0;
            }
        }

        return matches;
    }

    public static CustomerProfile[] Profiles(int count) => SampleCustomers.Customers(count)
        .Select((customer, i) => new CustomerProfile(
            i % 7 == 0 ? customer with { Tags = ["重点"] } : customer,
            new TradingStats
            {
                Sales = (i % 13) * 100_000m,
                MonthlyAverage = (i % 11) * 9_000m,
                OrderCount = i % 31,
                LastOrderOn = i % 9 == 0 ? null : AsOf.PlusDays(-(i % 120)),
                MaxOverdueDays = i % 100,
                OpenBalance = (i % 17) * 20_000m,
            },
            AsOf))
        .ToArray();

    private static List<(ClassificationRule, Expression<Func<CustomerProfile, bool>>, string)> Build()
    {
        var rules = new List<(ClassificationRule, Expression<Func<CustomerProfile, bool>>, string)>();
        for (var k = 0; k < 5; k++)
        {
            var y = 1 + k;
            var m = 20_000m + (10_000m * k);
            var n = 5 + (3 * k);
            var l = 50_000m + (20_000m * k);
            var d = 30 + (15 * k);
            var b = 100_000m + (50_000m * k);
            var s = 200_000m * (k + 1);
            var c1 = (k + 1).ToString("00", CultureInfo.InvariantCulture);
            var c2 = c1 + (k + 2).ToString("00", CultureInfo.InvariantCulture);
            var w = Words[k];
            var inv = CultureInfo.InvariantCulture;
            string Leaf(int shape) => ((shape % 10) + 1).ToString("00", inv) + (k + 1).ToString("00", inv) + "01001";
            void Add(int shape, string text, RuleAction action, Expression<Func<CustomerProfile, bool>> lambda, string rulesEngine) =>
                rules.Add((new ClassificationRule(FormattableString.Invariant($"r{shape}-{k}"), text, action) { Priority = k }, lambda, rulesEngine));
            RuleAction Assign(int shape) => RuleAction.AssignCategory(DimensionNames.Category, Leaf(shape));

            Add(0, Invariant($"years >= {y} and monthlyAverage > {m}"), Assign(0),
                p => p.Years >= y && p.Stats.MonthlyAverage > m,
                Invariant($"input1.Years >= {y} AND input1.Stats.MonthlyAverage > {m}"));
            Add(1, Invariant($"category under '{c1}' and orderCount >= {n}"), Assign(1),
                p => p.Customer.CategoryCode != null && p.Customer.CategoryCode.StartsWith(c1, StringComparison.Ordinal) && p.Stats.OrderCount >= n,
                Invariant($"input1.Customer.CategoryCode != null AND input1.Customer.CategoryCode.StartsWith(\"{c1}\") AND input1.Stats.OrderCount >= {n}"));
            Add(2, Invariant($"grade in ('AA', 'AAA') or creditLimit >= {l}"), RuleAction.SetCreditGrade("A"),
                p => p.Customer.CreditGrade == "AA" || p.Customer.CreditGrade == "AAA" || p.Customer.CreditLimit >= l,
                Invariant($"input1.Customer.CreditGrade == \"AA\" OR input1.Customer.CreditGrade == \"AAA\" OR input1.Customer.CreditLimit >= {l}"));
            Add(3, Invariant($"maxOverdueDays > {d} or openBalance > {b}"), RuleAction.AddTag("催收"),
                p => p.Stats.MaxOverdueDays > d || p.Stats.OpenBalance > b,
                Invariant($"input1.Stats.MaxOverdueDays > {d} OR input1.Stats.OpenBalance > {b}"));
            Add(4, Invariant($"category under '{c2}' and sales >= {s}"), Assign(4),
                p => p.Customer.CategoryCode != null && p.Customer.CategoryCode.StartsWith(c2, StringComparison.Ordinal) && p.Stats.Sales >= s,
                Invariant($"input1.Customer.CategoryCode != null AND input1.Customer.CategoryCode.StartsWith(\"{c2}\") AND input1.Stats.Sales >= {s}"));
            Add(5, Invariant($"not has tag '重点' and years < {y}"), RuleAction.AddTag("观察"),
                p => !p.Customer.HasTag("重点") && p.Years < y,
                Invariant($"input1.Customer.HasTag(\"重点\") == false AND input1.Years < {y}"));
            Add(6, Invariant($"name contains '{w}' and monthlyAverage >= {m}"), RuleAction.AddTag("重点"),
                p => p.Customer.Name.Contains(w, StringComparison.Ordinal) && p.Stats.MonthlyAverage >= m,
                Invariant($"input1.Customer.Name.Contains(\"{w}\") AND input1.Stats.MonthlyAverage >= {m}"));
            Add(7, Invariant($"daysSinceLastOrder > {d} and orderCount < {n}"), RuleAction.AddTag("流失"),
                p => p.DaysSinceLastOrder > d && p.Stats.OrderCount < n,
                Invariant($"input1.DaysSinceLastOrder > {d} AND input1.Stats.OrderCount < {n}"));
            Add(8, Invariant($"grade = 'C' and maxOverdueDays > {d}"), RuleAction.SetCreditGrade("C"),
                p => p.Customer.CreditGrade == "C" && p.Stats.MaxOverdueDays > d,
                Invariant($"input1.Customer.CreditGrade == \"C\" AND input1.Stats.MaxOverdueDays > {d}"));
            Add(9, Invariant($"years >= {y} and (category under '{c1}' or monthlyAverage > {m})"), Assign(9),
                p => p.Years >= y && ((p.Customer.CategoryCode != null && p.Customer.CategoryCode.StartsWith(c1, StringComparison.Ordinal)) || p.Stats.MonthlyAverage > m),
                Invariant($"input1.Years >= {y} AND ((input1.Customer.CategoryCode != null AND input1.Customer.CategoryCode.StartsWith(\"{c1}\")) OR input1.Stats.MonthlyAverage > {m})"));
        }

        return rules;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
