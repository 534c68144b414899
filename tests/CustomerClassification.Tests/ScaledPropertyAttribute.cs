using FsCheck.Xunit;

namespace CustomerClassification.Tests;

/// <summary>An FsCheck property whose <see cref="MaxTest"/> (100 unless given) is CI's size, run at <see cref="TestScale"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ScaledPropertyAttribute : PropertyAttribute
{
    public ScaledPropertyAttribute() => base.MaxTest = TestScale.Of(100);

    /// <summary>Gets or sets the number of cases CI runs; a plain run makes a share of them (see <see cref="TestScale"/>).</summary>
    public new int MaxTest
    {
        get => base.MaxTest;
        set => base.MaxTest = TestScale.Of(value);
    }
}
