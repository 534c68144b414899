using System.Globalization;
using System.Resources;

namespace CustomerClassification;

/// <summary>
/// The language of every message a user reads, for the library, its packages and a host's own resources alike:
/// Simplified Chinese when <see cref="CultureInfo.CurrentUICulture"/> is any Chinese culture (<c>zh</c>, <c>zh-CN</c>,
/// <c>zh-Hans</c>, …), English otherwise. Error codes, field names and JSON names are never localised.
/// </summary>
public static class UserText
{
    // The Chinese satellite is zh-Hans; "zh" and "zh-CN" reach it by this mapping even where the culture data does not chain them.
    private static readonly CultureInfo? Chinese = ChineseCulture();

    /// <summary>Gets a value indicating whether messages are Chinese for the current UI culture.</summary>
    public static bool InChinese => IsChinese(CultureInfo.CurrentUICulture);

    /// <summary>Tells whether a culture is Chinese: its name is <c>zh</c> or starts with <c>zh-</c>.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>True for a Chinese culture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static bool IsChinese(CultureInfo culture)
    {
        Guard.Against.Null(culture);
        return culture.Name.Equals("zh", StringComparison.OrdinalIgnoreCase) || culture.Name.StartsWith("zh-", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gets a message of a resource set in the current language: its <c>zh-Hans</c> satellite in Chinese, its neutral resources otherwise.</summary>
    /// <param name="resources">The resources, with a <c>zh-Hans</c> satellite.</param>
    /// <param name="key">The message's key.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="MissingManifestResourceException">The resources have no message under that key.</exception>
    public static string Get(ResourceManager resources, string key)
    {
        Guard.Against.Null(resources);
        Guard.Against.Null(key);
        return resources.GetString(key, InChinese ? Chinese ?? CultureInfo.CurrentUICulture : CultureInfo.InvariantCulture)
            ?? throw new MissingManifestResourceException("No message '" + key + "'.");
    }

    /// <summary>Gets a message as <see cref="Get"/> does with its placeholders filled; numbers and dates are formatted invariantly (<c>1,234.50</c>).</summary>
    /// <param name="resources">The resources.</param>
    /// <param name="key">The message's key.</param>
    /// <param name="arguments">The values of its placeholders.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="MissingManifestResourceException">The resources have no message under that key.</exception>
    /// <exception cref="FormatException">The message has more placeholders than there are values.</exception>
    public static string Format(ResourceManager resources, string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Get(resources, key), arguments);

    /// <summary>Gets a dimension's name as a user reads it: the built-in ones in the current language (客户分类 / customer categories, 地区分类 / regions), the others as the archive names them.</summary>
    /// <param name="dimension">The dimension's name.</param>
    /// <returns>Its label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public static string DimensionLabel(string dimension) => Guard.Against.Null(dimension) switch
    {
        Customers.DimensionNames.Category => Messages.Get("DimensionCategory"),
        Customers.DimensionNames.Region => Messages.Get("DimensionRegion"),
        _ => dimension,
    };

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
