using FsCheck;
using FsCheck.Fluent;

namespace CustomerClassification.Tests.Generators;

/// <summary>Parts of a customer's list items (contacts, bank accounts): ordinary names, phones and addresses, separators, and hostile text.</summary>
public static class ListItemGenerators
{
    /// <summary>A part, or null for an empty one.</summary>
    public static Gen<string?> Parts { get; } = Gen.Frequency(
        (4, Gen.Elements<string?>("张三", "李四", "13800138000", "010-88886666", "zhang@example.com", "中国工商银行北京分行", "6222020200001234567")),
        (2, Gen.Constant<string?>(null)),
        (1, Gen.Elements<string?>(" ", "a|b", "a｜b", "a,b", "a，b", "a;b", "a；b", "not an address", "@x", new string('长', 101))),
        (1, BoundGenerators.Texts.Select(t => (string?)t)));

    public static Arbitrary<string?[]> PartListArbitrary() => Gen.ArrayOf(Parts, 3).ToArbitrary();
}
