using FsCheck;
using FsCheck.Fluent;

namespace CustomerClassification.Tests.Generators;

/// <summary>Company names and the noise a spreadsheet adds to them: company forms, spaces, brackets and punctuation.</summary>
public static class NameGenerators
{
    public static Gen<string> CoreNames { get; } =
        Gen.NonEmptyListOf(Gen.Elements("上", "海", "华", "联", "A", "b", "7", "商", "贸", "分")).Select(parts => string.Concat(parts));

    public static Gen<string> CompanyForms { get; } = Gen.Elements(string.Empty, "公司", "有限公司", "有限责任公司", "股份有限公司");

    public static Gen<IList<string>> Noise { get; } = Gen.ListOf(Gen.Elements(" ", "\u3000", "（", "）", ",", "·", "-")).Select(l => (IList<string>)l.ToList());
}
