using System.Collections;
using System.Reflection;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Quality;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Credit;
using NodaTime.Testing;

namespace CustomerClassification.Tests;

// No collection the library hands out can be cast back to an array or a list and changed behind its owner's back.
public class ReadOnlyResultsTests
{
    private static readonly Type[] Mutable = [typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>)];

    public static TheoryData<string> Objects => [.. Samples().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Objects))]
    public void PublicCollections_AreNotArraysOrLists(string name)
    {
        var sample = Samples().Single(s => s.Name == name).Value;
        var mutable = new List<string>();
        foreach (var property in sample.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && typeof(IEnumerable).IsAssignableFrom(property.PropertyType) && property.PropertyType != typeof(string)
                && property.GetValue(sample) is { } value && (value is Array || (value.GetType().IsGenericType && Mutable.Contains(value.GetType().GetGenericTypeDefinition()))))
            {
                mutable.Add($"{sample.GetType().Name}.{property.Name} ({value.GetType().Name})");
            }
        }

        Assert.Empty(mutable);
    }

    [Fact]
    public void Check_FindsAnArray() =>
        Assert.Throws<Xunit.Sdk.EmptyException>(() => Assert.Empty(new[] { new { Items = new[] { 1 } } }.SelectMany(o => o.GetType().GetProperties().Where(p => p.GetValue(o) is Array))));

    private static IEnumerable<(string Name, object Value)> Samples()
    {
        var archive = SampleCredit.Archive();
        var items = new[] { SampleCredit.Item("D1", 1000m, 40), SampleCredit.Item("D2", 500m, 100) };
        var aging = AgingReport.Build(archive.Snapshot, items, SampleCredit.Today);
        var rules = RuleSet.Compile([new ClassificationRule("r", "creditGrade in ('AA', 'A') and not has tag 'x'", RuleAction.AddTag("y"))], archive.Snapshot);
        var refused = archive.Apply(new ChangeBatch().Add(new Customer("D1", "重复")), "t");
        var parseError = Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse("creditGrade in ("));
        var check = SampleCredit.Policies().For(archive.Snapshot);
        yield return ("CodingScheme", CodingScheme.Parse("2-3-4"));
        yield return ("PaymentTerms", PaymentTerms.Parse("2/10,1/20,n/30"));
        yield return ("ArchiveSettings", archive.Settings);
        yield return ("CustomerField", CustomerFields.Get("region"));
        yield return ("ProfileField", ProfileFields.Get("region"));
        yield return ("AgingReport", aging);
        yield return ("AgingBuckets", aging.Buckets);
        yield return ("AgingRow", aging.Total);
        yield return ("BadDebtProvision", BadDebtProvision.ByBalance(aging, archive.Snapshot, 0.05m));
        yield return ("CreditDecision", check.Evaluate(new CreditRequest("D2", 60_000m, items.Where(i => i.CustomerCode == "D2"), SampleCredit.Today)));
        yield return ("CreditGradeScale", SampleCredit.Policies().Grades);
        yield return ("CreditPolicySet", SampleCredit.Policies());
        yield return ("RuleSet", rules);
        yield return ("ClassificationExplanation", rules.Explain(new CustomerProfile(archive.Get("D1"), TradingStats.None, SampleCredit.Today)));
        yield return ("InCondition", RuleCondition.Parse("creditGrade in ('A', 'B')"));
        yield return ("AndCondition", RuleCondition.Parse("creditLimit > 1 and creditLimit < 9"));
        yield return ("RuleSyntaxException", parseError);
        yield return ("RuleSyntaxError", parseError.Errors[0]);
        yield return ("BatchResult", refused);
        yield return ("ClassificationException", new ClassificationException(ClassificationErrorCode.DuplicateCustomerCode, "dup", refused.Violations));
        archive.Add(new Customer("D9", "上海华联") { CategoryCode = "01001" }, "t");
        yield return ("AuditFinding", ArchiveAudit.Run(archive.Snapshot)[0]);
        yield return ("AccountSet", new AccountSet(archive, rules: [new ClassificationRule("r", "creditLimit > 1", RuleAction.AddTag("y"))]));
        yield return ("CategoryTreeBuildResult", CategoryTree.Build(CodingScheme.Parse("2-3"), [new CategoryRow("0", "x")]));
        yield return ("SnapshotFormatException", Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson("{}", new FakeClock(default))));
    }
}
