using System.Reflection;
using System.Runtime.Versioning;
using CustomerClassification.Coding;

namespace CustomerClassification.Tests;

public class TargetTests
{
    [Fact]
    public void TheLibraryUnderTest_IsTheNetStandardBuild() =>
        Assert.Equal(".NETStandard,Version=v2.0", typeof(CodingScheme).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
}
