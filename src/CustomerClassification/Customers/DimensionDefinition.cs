using System.Linq;
using CustomerClassification.Coding;

namespace CustomerClassification.Customers;

/// <summary>
/// A further classification dimension besides 客户分类 and 地区分类 (行业, 客户规模, 付款习惯, …): a named
/// category tree with its own coding scheme. A customer holds at most one leaf of each dimension.
/// </summary>
public sealed record DimensionDefinition
{
    /// <summary>The longest a dimension name may be.</summary>
    public const int MaxNameLength = 30;

    /// <summary>Creates a definition.</summary>
    /// <param name="name">
    /// The name: trimmed, then 1 to <see cref="MaxNameLength"/> letters (Chinese too), digits or underscores,
    /// not starting with a digit, and not one of the built-in names <see cref="DimensionNames.Category"/> and <see cref="DimensionNames.Region"/>.
    /// </param>
    /// <param name="scheme">The coding scheme of the dimension's tree.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid name or is a built-in one.</exception>
    public DimensionDefinition(string name, CodingScheme scheme)
    {
        Name = ValidName(name, nameof(name), MaxNameLength);
        if (DimensionNames.IsBuiltIn(Name))
        {
            throw new ArgumentException(Messages.Format("BuiltInDimension", Name), nameof(name));
        }

        Scheme = Guard.Against.Null(scheme);
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the coding scheme of the dimension's tree.</summary>
    public CodingScheme Scheme { get; }

    internal static string ValidName(string name, string parameterName, int maxLength)
    {
        Guard.Against.Null(name, parameterName);
        var trimmed = name.Trim();
        var valid = trimmed.Length is > 0 and var length && length <= maxLength && !char.IsDigit(trimmed[0])
            && trimmed.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (valid && trimmed.Any(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')) && trimmed.Any(c => c is (>= '\u0370' and <= '\u03FF') or (>= '\u0400' and <= '\u04FF')))
        {
            // nаme with a Cyrillic а looks like name but is another name: Latin letters do not mix with their lookalikes.
            throw new ArgumentException(Messages.Format("MixedScripts", name), parameterName);
        }

        return valid
            ? trimmed
            : throw new ArgumentException(Messages.Format("NotAName", name, maxLength), parameterName);
    }
}
