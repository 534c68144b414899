using System;
using System.Runtime.CompilerServices;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// The argument checks of this package, one spelling for both builds: .NET 8 has them on the exception types, the
/// netstandard2.0 build (for .NET Framework hosts) does not.
/// </summary>
internal static class Argument
{
    public static void NotNull([System.Diagnostics.CodeAnalysis.NotNull] object? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }

    public static void NotBlank([System.Diagnostics.CodeAnalysis.NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        NotNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(SheetText.Get("ValueBlank"), name);
        }
    }

    public static bool IsDefined<T>(T value)
        where T : struct, Enum =>
#if NETSTANDARD2_0
        Enum.IsDefined(typeof(T), value);
#else
        Enum.IsDefined(value);
#endif

    public static void NotNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, SheetText.Get("ValueNegative"));
        }
    }

    public static void NotLessThan(int value, int other, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < other)
        {
            throw new ArgumentOutOfRangeException(name, value, SheetText.Format("ValueBelow", other));
        }
    }
}
