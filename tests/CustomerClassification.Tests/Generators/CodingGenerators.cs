using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Generators;

/// <summary>A valid scheme and the rows of a valid tree under it, in the order they were generated (parents first).</summary>
public sealed record TreeSample(CodingScheme Scheme, IReadOnlyList<CategoryRow> Rows)
{
    public CategoryTree Build() => CategoryTree.Build(Scheme, Rows).Tree!;

    /// <summary>
    /// An empty archive of this scheme, a batch that adds the tree to it, and the tree's leaves. Codes are case-sensitive:
    /// generated trees hold codes differing only in case (0A and 0a), as a bare CategoryTree may; T3's ignoring of case has its own tests.
    /// </summary>
    public (CustomerArchive Archive, ChangeBatch Batch, string[] Leaves) Archive()
    {
        var archive = new CustomerArchive(new ArchiveSettings(Scheme, customersClassified: false) { CaseSensitiveCodes = true }, new FakeClock(Instant.FromUtc(2026, 6, 30, 0, 0)));
        var batch = new ChangeBatch();
        foreach (var row in Rows)
        {
            batch.AddCategory(DimensionNames.Category, row.Code, row.Name);
        }

        var built = Build();
        return (archive, batch, [.. built.Where(c => built.IsLeaf(c.Code)).Select(c => c.Code)]);
    }

    public override string ToString() => $"{Scheme}: {string.Join(", ", Rows.Select(r => r.Code))}";
}

/// <summary>A valid scheme and a string that may or may not fit it.</summary>
public sealed record SchemeAndCandidate(CodingScheme Scheme, string Candidate)
{
    public override string ToString() => $"{Scheme} / '{Candidate}'";
}

/// <summary>A valid scheme and a code that fits it.</summary>
public sealed record SchemeAndCode(CodingScheme Scheme, string Code)
{
    public override string ToString() => $"{Scheme} / '{Code}'";
}

/// <summary>The generators of the coding domain, registered with [Properties(Arbitrary = …)].</summary>
public static class CodingGenerators
{
    // Few distinct characters so that generated codes collide and share prefixes; both cases to test ordinal order.
    private static readonly char[] CodeAlphabet = "0129AZaz".ToCharArray();

    // Characters a code must never hold: space, separators, full-width digits and letters, non-ASCII letters.
    private static readonly char[] ForeignCharacters = " -._\t０Ａé中".ToCharArray();

    public static Gen<CodingScheme> Schemes =>
        from count in Gen.Choose(1, CodingLimits.CustomerCategory.MaxLevels)
        from levels in LevelsOf(count, CodingLimits.CustomerCategory.MaxTotalLength)
        select new CodingScheme(levels);

    public static Gen<string> Segment(int length) =>
        Gen.Elements(CodeAlphabet).ArrayOf(length).Select(chars => new string(chars));

    public static Gen<string> FittingCode(CodingScheme scheme) =>
        from level in Gen.Choose(1, scheme.LevelCount)
        from code in Segment(scheme.CodeLength(level))
        select code;

    public static Gen<TreeSample> Trees =>
        from scheme in Schemes
        from steps in Gen.Choose(0, 200).Zip(Gen.Choose(0, int.MaxValue)).ArrayOf()
        from segments in Gen.Sized(size => Segment(9).ArrayOf(Math.Max(1, size)))
        select Grow(scheme, steps, segments);

    public static Arbitrary<CodingScheme> SchemeArbitrary() => Schemes.ToArbitrary();

    public static Arbitrary<TreeSample> TreeArbitrary() => Trees.ToArbitrary();

    public static Arbitrary<SchemeAndCode> SchemeAndCodeArbitrary() =>
        (from scheme in Schemes
         from code in FittingCode(scheme)
         select new SchemeAndCode(scheme, code)).ToArbitrary();

    public static Arbitrary<SchemeAndCandidate> SchemeAndCandidateArbitrary() =>
        (from scheme in Schemes
         from candidate in Gen.OneOf(
             FittingCode(scheme),
             Gen.Choose(0, 14).SelectMany(length => Gen.Elements(CodeAlphabet).ArrayOf(length)).Select(c => new string(c)),
             from code in FittingCode(scheme)
             from at in Gen.Choose(0, code.Length - 1)
             from bad in Gen.Elements(ForeignCharacters)
             select code.Substring(0, at) + bad + code.Substring(at + 1))
         select new SchemeAndCandidate(scheme, candidate)).ToArbitrary();

    private static Gen<int[]> LevelsOf(int count, int budget)
    {
        if (count == 0)
        {
            return Gen.Constant(Array.Empty<int>());
        }

        // Leave at least one character for each later level.
        var most = Math.Min(CodingLimits.LevelLengthCeiling, budget - (count - 1));
        return from first in Gen.Choose(1, most)
               from rest in LevelsOf(count - 1, budget - first)
               select new[] { first }.Concat(rest).ToArray();
    }

    // Each step picks a parent (or none) among the categories so far and appends a segment under it.
    private static TreeSample Grow(CodingScheme scheme, (int Parent, int Segment)[] steps, string[] segments)
    {
        var codes = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (parentPick, segmentPick) in steps)
        {
            var parentIndex = parentPick % (codes.Count + 1) - 1;
            var parent = parentIndex < 0 ? string.Empty : codes[parentIndex];
            var level = parent.Length == 0 ? 1 : scheme.LevelOf(parent) + 1;
            if (level > scheme.LevelCount)
            {
                continue;
            }

            var segment = segments[segmentPick % segments.Length].Substring(0, scheme.Levels[level - 1]);
            var code = parent + segment;
            if (taken.Add(code))
            {
                codes.Add(code);
            }
        }

        return new TreeSample(scheme, codes.Select(c => new CategoryRow(c, "名称 " + c)).ToArray());
    }
}
