using CustomerClassification.Archives;
using CustomerClassification.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Archives;

[ScaledProperties(Arbitrary = [typeof(CreditGenerators)], MaxTest = 100)]
public class CreditGradeScaleProperties
{
    private static readonly string[] Grades = ["AAA", "AA", "A", "B", "C", "D"];

    // A new scale either holds every grade a customer holds, and is then the archive's, or changes nothing and names each customer left out.
    [Property]
    public Property A_new_scale_keeps_every_grade_held_or_changes_nothing(CreditScenario scenario, byte pick)
    {
        var scale = Grades.Where((_, i) => (pick & (1 << i)) != 0).ToArray();
        return Prop.When(scale.Length > 0, () =>
        {
            var archive = scenario.Built();
            var before = archive.Snapshot;
            var offScale = before.Where(c => c.CreditGrade is { } g && !scale.Contains(g)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

            var result = archive.Apply(new ChangeBatch().ChangeCreditGrades(scale), "gen");

            if (offScale.Count == 0)
            {
                Assert.True(result.Succeeded);
                Assert.Equal(scale, archive.Settings.CreditGrades);
                Assert.All(archive.Snapshot, c => Assert.True(c.CreditGrade is null || scale.Contains(c.CreditGrade)));
            }
            else
            {
                Assert.Same(before, archive.Snapshot);
                Assert.Equal(offScale.Order(StringComparer.Ordinal), result.Violations.Select(v => v.Code!).Order(StringComparer.Ordinal));
                Assert.All(result.Violations, v => Assert.Equal(ClassificationErrorCode.CreditGradeNotOnScale, v.Error));
            }
        });
    }
}
