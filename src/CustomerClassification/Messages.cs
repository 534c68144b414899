using System.Globalization;
using System.Resources;

namespace CustomerClassification;

/// <summary>
/// The library's own messages (violations, credit reasons, audit findings, aging labels), from resources in English
/// and Simplified Chinese, in the language <see cref="UserText"/> chooses. Error codes are never localised.
/// </summary>
internal static class Messages
{
    private static readonly ResourceManager Resources = new("CustomerClassification.Resources.Messages", typeof(Messages).Assembly);

    /// <summary>Gets whether messages are Chinese for the current UI culture.</summary>
    public static bool InChinese => UserText.InChinese;

    /// <summary>Gets a message by its key, in the current UI language.</summary>
    /// <exception cref="MissingManifestResourceException">The key has no message (a defect; a test checks every key).</exception>
    public static string Get(string key) => UserText.Get(Resources, key);

    /// <summary>Gets a message by its key with its placeholders filled, formatted invariantly.</summary>
    public static string Format(string key, params object?[] arguments) => UserText.Format(Resources, key, arguments);

    /// <inheritdoc cref="UserText.DimensionLabel"/>
    public static string Dimension(string name) => UserText.DimensionLabel(name);

    /// <inheritdoc cref="UserText.IsChinese"/>
    public static bool IsChinese(CultureInfo culture) => UserText.IsChinese(culture);
}
