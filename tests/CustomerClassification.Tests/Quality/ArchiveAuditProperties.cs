using CustomerClassification.Quality;
using CustomerClassification.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Quality;

public class ArchiveAuditProperties
{
    [ScaledProperty(MaxTest = 300)]
    public Property NormalizedName_IgnoresWidthSpacesPunctuationAndCompanyForm() =>
        Prop.ForAll(
            NameGenerators.CoreNames.ToArbitrary(),
            NameGenerators.CompanyForms.ToArbitrary(),
            NameGenerators.Noise.ToArbitrary(),
            (name, suffix, noise) =>
            {
                var fullWidth = string.Concat(name.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));
                var noisy = string.Concat(fullWidth.Zip(noise.Concat(Enumerable.Repeat(string.Empty, fullWidth.Length)), (c, n) => n + c));
                return ArchiveAudit.NormalizedName(noisy + suffix) == ArchiveAudit.NormalizedName(name);
            });
}
