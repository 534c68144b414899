using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Archives;

/// <summary>
/// Model-based test: random scripts of archive operations, valid and invalid, run against the archive and
/// against a plain reference model; after every step both agree and the archive's invariants hold.
/// 110 steps × 100 scripts = 11,000 operations per run.
/// </summary>
[ScaledProperties(Arbitrary = [typeof(ArchiveGenerators)], MaxTest = 100)]
public class CustomerArchiveModelTests
{
    private const string Actor = "model";

    [Property]
    public void Archive_AgreesWithTheModel_AndKeepsItsInvariants(ArchiveScript script)
    {
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-3")), new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        var model = new Model();
        foreach (var step in script.Steps)
        {
            var before = archive.Snapshot;
            var expected = model.Clone();
            var accepted = expected.Apply(step);
            var result = archive.Apply(Batch(step), Actor);

            Assert.True(accepted == result.Succeeded, $"{step}: model {(accepted ? "accepts" : "refuses")}, archive says {string.Join("; ", result.Violations.Select(v => v.Message))}");
            if (accepted)
            {
                model = expected;
            }
            else
            {
                Assert.Same(before, archive.Snapshot);
            }

            AssertSame(model, archive);
        }
    }

    private static ChangeBatch Batch(ArchiveStep step, ChangeBatch? batch = null)
    {
        batch ??= new ChangeBatch();
        return step switch
        {
            AddStep s => batch.Add(new Customer(s.Code, "客户" + s.Code) { CategoryCode = s.Category }),
            ReclassifyStep s => batch.Update(s.Code, c => c with { CategoryCode = s.Category }, s.Override ? new LockOverride("model") : null),
            ChangePhoneStep s => batch.Update(s.Code, c => c with { Phone = s.Phone }),
            RemoveStep s => batch.Remove(s.Code),
            MarkTransactedStep s => batch.MarkTransacted(s.Code),
            DeactivateStep s => batch.Deactivate(s.Code, new LocalDate(2026, 6, 1)),
            ReactivateStep s => batch.Reactivate(s.Code),
            MergeStep s => batch.Merge(s.From, s.Into, "model"),
            AddCategoryStep s => batch.AddCategory(DimensionNames.Category, s.Code, "分类" + s.Code),
            RemoveCategoryStep s => batch.RemoveCategory(DimensionNames.Category, s.Code),
            BatchStep s => s.Steps.Aggregate(batch, (b, inner) => Batch(inner, b)),
            _ => throw new ArgumentException($"Unknown step {step}", nameof(step)),
        };
    }

    private static void AssertSame(Model model, CustomerArchive archive)
    {
        var tree = archive.CategoriesOf(DimensionNames.Category);
        Assert.Equal(model.Categories.OrderBy(c => c, StringComparer.Ordinal), tree.Select(c => c.Code));
        Assert.Equal(
            model.Customers.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Category, p.Value.Transacted, p.Value.Deactivated, p.Value.Phone)),
            archive.Select(c => (c.Code, c.CategoryCode!, c.HasTransactions, c.DeactivatedOn is not null, c.Phone)));
        Assert.All(archive, c => Assert.True(tree.IsLeaf(c.CategoryCode!), $"{c.Code} is on non-leaf {c.CategoryCode}"));
        Assert.Equal(model.LogLength, archive.ChangeLog.Count);
        Assert.Equal(archive.Count, archive.Select(c => c.Code).Distinct().Count());
        foreach (var category in tree)
        {
            Assert.Equal(
                model.Customers.Where(p => p.Value.Category == category.Code).Select(p => p.Key).OrderBy(c => c, StringComparer.Ordinal),
                archive.CustomersIn(DimensionNames.Category, category.Code, includeDescendants: false).Select(c => c.Code));
        }
    }

    private sealed record CustomerState(string Category, bool Transacted, bool Deactivated, string? Phone);

    // The reference: the rules written as plainly as possible.
    private sealed class Model
    {
        public Dictionary<string, CustomerState> Customers { get; private init; } = new(StringComparer.Ordinal);

        public HashSet<string> Categories { get; private init; } = new(StringComparer.Ordinal);

        public int LogLength { get; private set; }

        public Model Clone() => new()
        {
            Customers = new Dictionary<string, CustomerState>(Customers, StringComparer.Ordinal),
            Categories = new HashSet<string>(Categories, StringComparer.Ordinal),
            LogLength = LogLength,
        };

        public bool Apply(ArchiveStep step) => step switch
        {
            AddStep s => !Customers.ContainsKey(s.Code) && IsLeaf(s.Category) && Log(1) && Set(s.Code, new CustomerState(s.Category, false, false, null)),
            ReclassifyStep s => Customers.TryGetValue(s.Code, out var c)
                && (s.Category == c.Category || ((!c.Transacted || s.Override) && IsLeaf(s.Category)))
                && Log(s.Category == c.Category ? 0 : 1) && Set(s.Code, c with { Category = s.Category }),
            ChangePhoneStep s => Customers.TryGetValue(s.Code, out var c) && Log(c.Phone == s.Phone ? 0 : 1) && Set(s.Code, c with { Phone = s.Phone }),
            RemoveStep s => Customers.TryGetValue(s.Code, out var c) && !c.Transacted && Log(1) && Customers.Remove(s.Code),
            MarkTransactedStep s => Customers.TryGetValue(s.Code, out var c) && Log(c.Transacted ? 0 : 1) && Set(s.Code, c with { Transacted = true }),
            DeactivateStep s => Customers.TryGetValue(s.Code, out var c) && !c.Deactivated && Log(1) && Set(s.Code, c with { Deactivated = true }),
            ReactivateStep s => Customers.TryGetValue(s.Code, out var c) && c.Deactivated && Log(1) && Set(s.Code, c with { Deactivated = false }),
            MergeStep s => s.From != s.Into && Customers.TryGetValue(s.From, out var from) && Customers.TryGetValue(s.Into, out var into) && !into.Deactivated
                && Log((from.Transacted && !into.Transacted ? 2 : 1) + (from.Phone is not null && from.Phone != into.Phone ? 1 : 0)) && Customers.Remove(s.From)
                && Set(s.Into, into with { Transacted = into.Transacted || from.Transacted, Phone = into.Phone ?? from.Phone }), // contacts combine: the merged one's phone becomes the kept one's, or one of its other contacts (one entry either way)
            AddCategoryStep s => !Categories.Contains(s.Code) && (s.Code.Length == 2 || (Categories.Contains(s.Code[..2]) && !HasCustomers(s.Code[..2])))
                && Log(1) && Categories.Add(s.Code),
            RemoveCategoryStep s => Categories.Contains(s.Code) && !Categories.Any(c => c != s.Code && c.StartsWith(s.Code, StringComparison.Ordinal))
                && !HasCustomers(s.Code) && Log(1) && Categories.Remove(s.Code),
            BatchStep s => s.Steps.All(Apply),
            _ => throw new ArgumentException($"Unknown step {step}", nameof(step)),
        };

        private bool IsLeaf(string category) => Categories.Contains(category) && !Categories.Any(c => c != category && c.StartsWith(category, StringComparison.Ordinal));

        private bool HasCustomers(string category) => Customers.Values.Any(c => c.Category == category);

        private bool Log(int entries)
        {
            LogLength += entries;
            return true;
        }

        private bool Set(string code, CustomerState state)
        {
            Customers[code] = state;
            return true;
        }
    }
}
