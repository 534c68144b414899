using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.Archives;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Benchmarks.Archives;

/// <summary>
/// Category profiles on the 11,110-category sample tree: the effective profile of every customer against a naive walk
/// up the ancestors for every value, and a category's subtree moved with its customers.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProfileBenchmarks
{
    private ArchiveSnapshot _archive = null!;
    private Customer[] _customers = null!;
    private CategoryTree _tree = null!;

    [Params(1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var archive = SampleCustomers.Build(Customers);
        // Values on every level: terms and tax on level 1, a salesperson on level 2, a department on some of level 3, defaults.
        var batch = new ChangeBatch().SetDefaultProfileValue("currency", "CNY").SetDefaultProfileValue("prepayment", false);
        foreach (var category in archive.Snapshot.CategoriesOf(DimensionNames.Category).Where(c => c.Level < 4))
        {
            _ = category.Level switch
            {
                1 => batch.SetProfileValue(DimensionNames.Category, category.Code, "paymentTerms", PaymentTerms.MonthEnd(30)).SetProfileValue(DimensionNames.Category, category.Code, "taxRate", 0.13m),
                2 => batch.SetProfileValue(DimensionNames.Category, category.Code, "salesperson", "业务员" + category.Code),
                _ => category.Code.EndsWith('5') ? batch.SetProfileValue(DimensionNames.Category, category.Code, "department", "部门" + category.Code) : batch,
            };
        }

        Check(archive.Apply(batch, "bench"));
        _archive = archive.Snapshot;
        _customers = _archive.ToArray();
        _tree = _archive.CategoriesOf(DimensionNames.Category);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Effective profile, all customers")]
    public int NaiveAncestorWalk()
    {
        // Per customer and per value: its own, else from its category up the ancestors to the first that sets it, else the default.
        var found = 0;
        var profiles = _archive.ProfilesOf(DimensionNames.Category);
        foreach (var customer in _customers)
        {
            var path = _tree.AncestorsOf(customer.CategoryCode!).Select(c => c.Code).Append(customer.CategoryCode!).Reverse().ToArray();
            foreach (var field in CategoryProfileFields.All)
            {
                found += (field.CustomerField?.GetValue(customer) ?? Walk(profiles, path, field)) is null ? 0 : 1;
            }
        }

        return found;
    }

    [Benchmark]
    [BenchmarkCategory("Effective profile, all customers")]
    public int EffectiveProfiles()
    {
        // Includes resolving every category once, as a host would per snapshot.
        var resolver = _archive.EffectiveProfiles();
        var found = 0;
        foreach (var customer in _customers)
        {
            foreach (var value in resolver.Of(customer))
            {
                found += value.Value is null ? 0 : 1;
            }
        }

        return found;
    }

    private object? Walk(IReadOnlyDictionary<string, CategoryProfile> profiles, string[] path, CategoryProfileField field)
    {
        foreach (var code in path)
        {
            if (profiles.TryGetValue(code, out var profile) && profile[field] is { } value)
            {
                return value;
            }
        }

        return _archive.ProfileDefaults[field] ?? field.DefaultValue;
    }

    private static void Check(BatchResult result)
    {
        if (!result.Succeeded)
        {
            throw new System.InvalidOperationException(result.Violations[0].Message);
        }
    }
}
