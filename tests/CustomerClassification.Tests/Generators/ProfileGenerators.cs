using CustomerClassification.Archives;
using CustomerClassification.Customers;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerClassification.Tests.Generators;

/// <summary>
/// A generated profile scenario: a tree, customers on its leaves (some with their own tax rate), and profile values set
/// on some categories and as defaults. <see cref="Archive"/> builds the archive it describes.
/// </summary>
public sealed record ProfileScenario(
    TreeSample Tree,
    IReadOnlyList<(int Leaf, decimal? OwnTaxRate)> Customers,
    IReadOnlyList<(int Category, int Field, int Seed)> Values,
    IReadOnlyList<(int Field, int Seed)> Defaults)
{
    /// <summary>The profile values a scenario sets: text, a rate, a whole number and a flag.</summary>
    public static readonly CategoryProfileField[] Fields = [.. new[] { "salesperson", "taxRate", "allowedOverdueDays", "prepayment" }.Select(CategoryProfileFields.Get)];

    public static object ValueOf(int field, int seed) => field switch
    {
        0 => "业务员" + (seed % 7),
        1 => (seed % 17) / 100m,
        2 => seed % 90,
        _ => seed % 2 == 0,
    };

    public static string CodeOf(int customer) => "C" + customer.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public CustomerArchive Archive()
    {
        var (archive, batch, leaves) = Tree.Archive();
        for (var i = 0; i < Customers.Count; i++)
        {
            var (leaf, rate) = Customers[i];
            batch.Add(new Customer(CodeOf(i), "客户" + i) { CategoryCode = leaves.Length == 0 ? null : leaves[leaf % leaves.Length], DefaultTaxRate = rate });
        }

        foreach (var (category, field, seed) in Values.Where(_ => Tree.Rows.Count > 0))
        {
            batch.SetProfileValue(DimensionNames.Category, Tree.Rows[category % Tree.Rows.Count].Code, Fields[field].Name, ValueOf(field, seed));
        }

        foreach (var (field, seed) in Defaults)
        {
            batch.SetDefaultProfileValue(Fields[field].Name, ValueOf(field, seed));
        }

        Assert.True(archive.Apply(batch, "系统").Succeeded);
        return archive;
    }

    public override string ToString() => $"{Tree}; {Customers.Count} customers; values {string.Join(" ", Values)}; defaults {string.Join(" ", Defaults)}";
}

/// <summary>The generators of category profiles, registered with [Properties(Arbitrary = …)].</summary>
public static class ProfileGenerators
{
    public static Arbitrary<ProfileScenario> ScenarioArbitrary() =>
        (from tree in CodingGenerators.Trees
         from customers in (from leaf in Gen.Choose(0, 1000) from rate in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(0, 16).Select(r => (decimal?)(r / 100m))) select (leaf, rate)).ListOf()
         from values in (from c in Gen.Choose(0, 1000) from f in Gen.Choose(0, 3) from s in Gen.Choose(0, 1000) select (c, f, s)).ListOf()
         from defaults in (from f in Gen.Choose(0, 3) from s in Gen.Choose(0, 1000) select (f, s)).ListOf(2)
         select new ProfileScenario(tree, customers.ToArray(), values.ToArray(), defaults.ToArray())).ToArbitrary();
}
