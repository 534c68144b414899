using CustomerClassification.Coding;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Coding;

[ScaledProperties(Arbitrary = [typeof(CodingGenerators)], MaxTest = 300)]
public class CodingSchemeProperties
{
    [Property]
    public bool Fits_agrees_with_the_cumulative_length_definition(SchemeAndCandidate sample)
    {
        var (scheme, candidate) = (sample.Scheme, sample.Candidate);
        var cumulative = Enumerable.Range(1, scheme.LevelCount).Select(l => scheme.Levels.Take(l).Sum());
        var expected = cumulative.Contains(candidate.Length) && candidate.All(c => c < 128 && char.IsLetterOrDigit(c));
        return scheme.Fits(candidate) == expected;
    }

    [Property]
    public bool ParentOf_is_the_code_minus_its_last_level(SchemeAndCode sample)
    {
        var (scheme, code) = (sample.Scheme, sample.Code);
        var level = scheme.LevelOf(code);
        var parent = scheme.ParentOf(code);
        return level == 1
            ? parent is null
            : parent is not null
              && code.StartsWith(parent, StringComparison.Ordinal)
              && scheme.LevelOf(parent) == level - 1
              && code.Length - parent.Length == scheme.Levels[level - 1];
    }

    [Property]
    public bool Parse_of_ToString_gives_an_equal_scheme(CodingScheme scheme)
    {
        var compact = string.Concat(scheme.Levels);
        var parsed = CodingScheme.Parse(scheme.ToString());
        return parsed == scheme
            && parsed.GetHashCode() == scheme.GetHashCode()
            && CodingScheme.Parse(compact) == scheme
            && parsed.ToString() == string.Join("-", scheme.Levels);
    }
}
