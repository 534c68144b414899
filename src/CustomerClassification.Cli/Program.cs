using System;

namespace CustomerClassification.Cli;

/// <summary>The <c>ccls</c> entry point.</summary>
internal static class Program
{
    public static int Main(string[] args) =>
        CclsApp.Run(
            args,
            Console.Out,
            Console.Error,
            interactive: !Console.IsOutputRedirected,
            showProgress: !Console.IsErrorRedirected,
            width: int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns >= 20 ? columns : null);
}
