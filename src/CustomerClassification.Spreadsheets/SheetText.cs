using System.Resources;

namespace CustomerClassification.Spreadsheets;

/// <summary>The import problems of this package in English and Simplified Chinese, chosen as the core library's messages are (by <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>).</summary>
internal static class SheetText
{
    private static readonly ResourceManager Resources = new("CustomerClassification.Spreadsheets.Resources.SheetText", typeof(SheetText).Assembly);

    public static string Get(string key) => UserText.Get(Resources, key);

    public static string Format(string key, params object?[] arguments) => UserText.Format(Resources, key, arguments);
}
