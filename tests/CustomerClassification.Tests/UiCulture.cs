using System.Globalization;
using System.Runtime.CompilerServices;

namespace CustomerClassification.Tests;

/// <summary>Runs a test in a UI language and restores the one before; the tests run in English unless they ask (whatever the machine's language).</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

    public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _before;

    [ModuleInitializer]
    internal static void English()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
