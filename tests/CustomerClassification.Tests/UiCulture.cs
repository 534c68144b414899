using System.Globalization;
using System.Runtime.CompilerServices;

namespace CustomerClassification.Tests;

/// <summary>Runs a test in a UI language and restores the one before; the tests run in English unless they ask (whatever the machine's language).</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

    public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _before;

    /// <summary>Gets the machine culture the suite runs under: <c>TEST_CULTURE</c> (CI runs the suite under <c>zh-CN</c> as well as <c>en-US</c>), else the machine's own.</summary>
    public static CultureInfo Machine { get; } = Environment.GetEnvironmentVariable("TEST_CULTURE") is { Length: > 0 } name ? new CultureInfo(name) : CultureInfo.CurrentCulture;

    [ModuleInitializer]
    internal static void English()
    {
        CultureInfo.DefaultThreadCurrentCulture = Machine;
        CultureInfo.CurrentCulture = Machine;
        CultureInfo.DefaultThreadCurrentUICulture = Machine;
        CultureInfo.CurrentUICulture = Machine;
    }
}
