using System.Globalization;
using System.Resources;

namespace CustomerClassification;

/// <summary>
/// The messages users read (violations, credit reasons, audit findings, aging labels), from resources in English
/// and Simplified Chinese. Chinese is chosen when <see cref="CultureInfo.CurrentUICulture"/> is any Chinese culture
/// (<c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>, …); English otherwise. Error codes are never localised.
/// </summary>
internal static class Messages
{
    private static readonly ResourceManager Resources = new("CustomerClassification.Resources.Messages", typeof(Messages).Assembly);

    // The Chinese satellite is zh-Hans; "zh" and "zh-CN" reach it by this mapping even where the culture data does not chain them.
    private static readonly CultureInfo? Chinese = ChineseCulture();

    /// <summary>Gets whether messages are Chinese for the current UI culture.</summary>
    public static bool InChinese => IsChinese(CultureInfo.CurrentUICulture);

    /// <summary>Gets a message by its key, in the current UI language.</summary>
    /// <exception cref="MissingManifestResourceException">The key has no message (a defect; a test checks every key).</exception>
    public static string Get(string key) => Get(Resources, key);

    /// <summary>Gets a message by its key with its placeholders filled; numbers and dates are formatted invariantly (<c>1,234.50</c>), as the rest of the output is.</summary>
    public static string Format(string key, params object?[] arguments) => Format(Resources, key, arguments);

    /// <summary>Gets a message of other resources (the tool's) by the same choice of language.</summary>
    /// <exception cref="MissingManifestResourceException">The key has no message.</exception>
    public static string Get(ResourceManager resources, string key) =>
        resources.GetString(key, InChinese ? Chinese ?? CultureInfo.CurrentUICulture : CultureInfo.InvariantCulture)
        ?? throw new MissingManifestResourceException("No message '" + key + "'.");

    /// <summary>Gets a message of other resources with its placeholders filled, formatted invariantly.</summary>
    public static string Format(ResourceManager resources, string key, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, Get(resources, key), arguments);

    /// <summary>Gets a dimension's name as a message shows it: the built-in ones in the current language (客户分类, 地区分类), further ones as named.</summary>
    public static string Dimension(string name) =>
        string.Equals(name, Customers.DimensionNames.Category, StringComparison.Ordinal) ? Get("DimensionCategory")
        : string.Equals(name, Customers.DimensionNames.Region, StringComparison.Ordinal) ? Get("DimensionRegion")
        : name;

    /// <summary>Gets whether a culture is Chinese: its name is <c>zh</c> or starts with <c>zh-</c>.</summary>
    public static bool IsChinese(CultureInfo culture) =>
        culture.Name.Equals("zh", StringComparison.OrdinalIgnoreCase) || culture.Name.StartsWith("zh-", StringComparison.OrdinalIgnoreCase);

    private static CultureInfo? ChineseCulture()
    {
        try
        {
            return CultureInfo.GetCultureInfo("zh-Hans");
        }
        catch (CultureNotFoundException)
        {
            // Invariant globalisation with predefined cultures only: a host there can still ask for Chinese by setting a zh-Hans UI culture of its own.
            return null;
        }
    }
}
