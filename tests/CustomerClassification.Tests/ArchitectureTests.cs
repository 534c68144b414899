using System.Reflection;
using CustomerClassification.Coding;
using NetArchTest.Rules;

namespace CustomerClassification.Tests;

/// <summary>
/// Dependencies point one way: Coding ← Customers ← Archives ← Sales ← Credit, Rules, Quality ← Analysis ← AccountSets ← Serialization ← Spreadsheets ← Cli.
/// Each namespace is checked against the ones that may not be used from it.
/// </summary>
public class ArchitectureTests
{
    private const string Root = "CustomerClassification";

    private static readonly Assembly Core = typeof(CodingScheme).Assembly;

    public static TheoryData<string, string[]> Layers => new()
    {
        { "Coding", ["Customers", "Archives", "Sales", "Analysis", "Credit", "Rules", "Quality", "AccountSets", "Serialization", "Spreadsheets", "Cli"] },
        { "Customers", ["Archives", "Sales", "Analysis", "Credit", "Rules", "Quality", "AccountSets", "Serialization", "Spreadsheets", "Cli"] },
        { "Archives", ["Sales", "Analysis", "Credit", "Rules", "Quality", "AccountSets", "Serialization", "Spreadsheets", "Cli"] },
        { "Sales", ["Credit", "Rules", "Quality", "Analysis", "AccountSets", "Serialization", "Spreadsheets", "Cli"] },
        { "Credit", ["Analysis", "Rules", "Quality", "AccountSets", "Serialization", "Spreadsheets", "Cli"] },
        { "Rules", ["Analysis", "Credit", "Quality", "AccountSets", "Serialization", "Spreadsheets", "Cli"] },
        { "Quality", ["Analysis", "Credit", "Rules", "AccountSets", "Serialization", "Spreadsheets", "Cli"] },
        { "Analysis", ["AccountSets", "Serialization", "Spreadsheets", "Cli"] },
        { "AccountSets", ["Serialization", "Spreadsheets", "Cli"] },
        { "Serialization", ["Spreadsheets", "Cli"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Namespace_DependsOnlyOnTheLayersBelowIt(string layer, string[] forbidden)
    {
        var result = Types.InAssembly(Core).That().ResideInNamespace(Root + "." + layer)
            .ShouldNot().HaveDependencyOnAny(forbidden.Select(f => Root + "." + f).ToArray())
            .GetResult();

        Assert.True(result.IsSuccessful, $"{layer} reaches a layer above it: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void RootNamespace_ErrorTypes_DependOnNoLayer()
    {
        var result = Types.InAssembly(Core).That().ResideInNamespaceMatching("^CustomerClassification$")
            .ShouldNot().HaveDependencyOnAny(new[] { "Coding", "Customers", "Archives", "Sales", "Analysis", "Credit", "Rules", "Quality", "AccountSets", "Serialization" }.Select(f => Root + "." + f).ToArray())
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Spreadsheets_DoesNotReachTheTool()
    {
        var spreadsheets = typeof(CustomerClassification.Spreadsheets.CustomerCsv).Assembly;
        var result = Types.InAssembly(spreadsheets).ShouldNot().HaveDependencyOn(Root + ".Cli").GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    public static TheoryData<string> Packages => ["CustomerClassification", "CustomerClassification.Spreadsheets", "ccls"];

    // The packages meet at the public API: their internals are open to test and benchmark assemblies only.
    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_OpensItsInternals_OnlyToTestsAndBenchmarks(string package)
    {
        var friends = FriendsOf(Assembly.Load(package));

        Assert.NotEmpty(friends);
        Assert.All(friends, friend => Assert.True(IsTestOrBenchmark(friend), $"{package} opens its internals to {friend}"));
    }

    [Fact]
    public void FriendCheck_RefusesAPackageAsAFriend()
    {
        Assert.False(IsTestOrBenchmark("CustomerClassification.Spreadsheets"));
        Assert.False(IsTestOrBenchmark("ccls"));
        Assert.True(IsTestOrBenchmark("CustomerClassification.Tests.NetStandard"));
    }

    private static string[] FriendsOf(Assembly assembly) =>
        [.. assembly.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0].Trim())];

    private static bool IsTestOrBenchmark(string assembly) =>
        assembly.EndsWith(".Tests", StringComparison.Ordinal) || assembly.EndsWith(".Tests.NetStandard", StringComparison.Ordinal) || assembly.EndsWith(".Benchmarks", StringComparison.Ordinal);

    [Fact]
    public void Check_CatchesADependencyThatIsThere()
    {
        // The checks above can fail: Serialization does use Rules.
        var result = Types.InAssembly(Core).That().ResideInNamespace(Root + ".Serialization")
            .ShouldNot().HaveDependencyOn(Root + ".Rules").GetResult();

        Assert.False(result.IsSuccessful);
    }
}
