using FsCheck.Xunit;

namespace CustomerClassification.Tests;

/// <summary>FsCheck settings of a class of properties whose <see cref="MaxTest"/> is CI's size, run at <see cref="TestScale"/>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Module | AttributeTargets.Assembly, AllowMultiple = false)]
internal sealed class ScaledPropertiesAttribute : PropertiesAttribute
{
    public ScaledPropertiesAttribute() => base.MaxTest = TestScale.Of(100);

    /// <summary>Gets or sets the number of cases CI runs; a plain run makes a share of them (see <see cref="TestScale"/>).</summary>
    public new int MaxTest
    {
        get => base.MaxTest;
        set => base.MaxTest = TestScale.Of(value);
    }
}
