using System.Collections.Generic;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// Category codes as T3 compares them: ignoring case (unless <see cref="ArchiveSettings.CaseSensitiveCodes"/>). A code
/// written in another case than the tree has it is taken as the tree's, on customers and as the parent part of a new
/// category's code; a new code that differs from one in the tree only in case is a duplicate.
/// </summary>
internal sealed partial class ArchiveTransaction
{
    // Per dimension, the tree's codes by their upper-case form, rebuilt when the tree's size changes.
    private readonly Dictionary<string, (int Count, Dictionary<string, string> Codes)> _foldedCodes = new(StringComparer.Ordinal);

    /// <summary>The tree's spelling of a code, or the code itself when the tree has it as written, or not at all.</summary>
    private string Canonical(string dimension, CategoryTree tree, string code)
    {
        if (Settings.CaseSensitiveCodes || tree.Contains(code))
        {
            return code;
        }

        return Folded(dimension, tree).TryGetValue(code, out var spelled) ? spelled : code;
    }

    // Built once per transaction and dimension, then kept up to date as categories are added (Remember): a batch of
    // thousands of new categories must not rebuild it for each. Anything else that changes the tree's size rebuilds it.
    private Dictionary<string, string> Folded(string dimension, CategoryTree tree)
    {
        if (!_foldedCodes.TryGetValue(dimension, out var folded) || folded.Count != tree.Count)
        {
            var codes = new Dictionary<string, string>(tree.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var category in tree)
            {
                codes[category.Code] = category.Code;
            }

            _foldedCodes[dimension] = folded = (tree.Count, codes);
        }

        return folded.Codes;
    }

    /// <summary>Keeps the folded codes of a dimension in step with a category just added.</summary>
    private void Remember(string dimension, string code)
    {
        if (_foldedCodes.TryGetValue(dimension, out var folded))
        {
            folded.Codes[code] = code;
            _foldedCodes[dimension] = (folded.Count + 1, folded.Codes);
        }
    }

    /// <summary>The customer with each category code spelled as its tree spells it.</summary>
    private Customer Canonical(Customer customer)
    {
        foreach (var dimension in Settings.DimensionNamesInUse)
        {
            if (customer.CodeIn(dimension) is { } code && _trees.TryGetValue(dimension, out var tree) && Canonical(dimension, tree, code) is var spelled
                && !string.Equals(spelled, code, StringComparison.Ordinal))
            {
                customer = customer.WithCodeIn(dimension, spelled);
            }
        }

        return customer;
    }

    /// <summary>A new category's code with its parent part spelled as the tree has it, or null (a violation) when the tree has the code in another case.</summary>
    private string? CanonicalNew(string dimension, CategoryTree tree, string code)
    {
        var existing = Canonical(dimension, tree, code);
        if (!string.Equals(existing, code, StringComparison.Ordinal))
        {
            Fail(ClassificationErrorCode.DuplicateCategoryCode, Messages.Format("CategoryCaseDuplicate", code, existing), code, existing);
            return null;
        }

        if (tree.Scheme.Fits(code) && tree.Scheme.ParentOf(code) is { } parent && Canonical(dimension, tree, parent) is var spelled && !string.Equals(spelled, parent, StringComparison.Ordinal))
        {
            return spelled + code.Remove(0, parent.Length);
        }

        return code;
    }
}
