using System.Resources;

namespace CustomerClassification.Cli;

/// <summary>The tool's own words (headings, columns, summaries, usage errors) in English and Simplified Chinese, chosen as the library's messages are.</summary>
internal static class CliText
{
    private static readonly ResourceManager Resources = new("CustomerClassification.Cli.Resources.CliText", typeof(CliText).Assembly);

    public static string Get(string key) => UserText.Get(Resources, key);

    public static string Format(string key, params object?[] arguments) => UserText.Format(Resources, key, arguments);

    /// <summary>A message with a singular and a plural form ("one|other"; Chinese has one form), chosen by <paramref name="count"/>.</summary>
    public static string Plural(string key, int count, params object?[] arguments)
    {
        var forms = Get(key).Split('|');
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, forms[count == 1 || forms.Length == 1 ? 0 : 1], arguments);
    }
}
