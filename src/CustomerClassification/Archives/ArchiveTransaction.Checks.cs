using System.Linq;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>The checks of a transaction: existence, locks, a customer against the archive's rules, scope and names.</summary>
internal sealed partial class ArchiveTransaction
{
    private Customer? Existing(string code)
    {
        if (!_customers.TryGetValue(code, out var customer))
        {
            Fail(ClassificationErrorCode.CustomerNotFound, Messages.Format("CustomerNotFound", code), code);
            return null;
        }

        if (!_scope.Allows(customer))
        {
            Fail(ClassificationErrorCode.OutsideDataScope, Messages.Format("OutsideScope", code), code);
            return null;
        }

        return customer;
    }

    private bool Locked(Customer old, Customer updated, LockOverride? lockOverride)
    {
        if (!old.HasTransactions || lockOverride is not null)
        {
            return false;
        }

        var locked = false;
        foreach (var dimension in Settings.DimensionNamesInUse)
        {
            var before = old.CodeIn(dimension);
            var after = updated.CodeIn(dimension);
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                Fail(
                    ClassificationErrorCode.ClassificationLocked,
                    Messages.Format("ClassificationLockedFor", old.Code, Messages.Dimension(dimension), before, after),
                    old.Code,
                    after,
                    dimension);
                locked = true;
            }
        }

        return locked;
    }

    // Checks a customer against the archive's rules (an updated one against its old self: it may stay in a disabled category); records every problem.
    private bool Check(Customer customer, Customer? old = null)
    {
        var before = _violations.Count;
        var code = customer.Code;
        foreach (var dimension in customer.Dimensions.Keys)
        {
            if (Settings.SchemeOf(dimension) is null)
            {
                Fail(ClassificationErrorCode.DimensionNotFound, Messages.Format("UnknownDimension", code, dimension), code, dimension, dimension);
            }
        }

        if (customer.RegionCode is not null && Settings.RegionScheme is null)
        {
            Fail(ClassificationErrorCode.DimensionNotFound, Messages.Format("NoRegions", code, customer.RegionCode), code, customer.RegionCode, DimensionNames.Region);
        }

        foreach (var dimension in Settings.DimensionNamesInUse)
        {
            CheckLeaf(customer, dimension, old);
        }

        CheckCustomFields(customer);
        CheckCreditControl(customer);

        // A grade off the scale is refused; an updated customer may keep the one it has (a model saved before the scale was checked).
        if (customer.CreditGrade is { } grade && Settings.GradeRank(grade) is null && !string.Equals(grade, old?.CreditGrade, StringComparison.Ordinal))
        {
            Fail(ClassificationErrorCode.CreditGradeNotOnScale, Messages.Format("CustomerGradeNotOnScale", code, grade, ArchiveSettings.ScaleText(Settings.CreditGrades)), code, field: CustomerFields.Get("creditGrade").Name);
        }

        if (customer.DeactivatedOn is { } deactivated && customer.DevelopedOn is { } developed && deactivated < developed)
        {
            Fail(ClassificationErrorCode.DeactivatedBeforeDeveloped, Messages.Format("DeactivatedBeforeDeveloped", code, Iso(deactivated), Iso(developed)), code, field: DeactivatedOn);
        }

        if (!_scope.Allows(customer))
        {
            Fail(ClassificationErrorCode.OutsideDataScope, Messages.Format("WouldBeOutsideScope", code), code);
        }

        return _violations.Count == before;
    }

    private void CheckLeaf(Customer customer, string dimension, Customer? old)
    {
        var code = customer.Code;
        var category = customer.CodeIn(dimension);
        if (category is null)
        {
            if (string.Equals(dimension, DimensionNames.Category, StringComparison.Ordinal) && Settings.CustomersClassified)
            {
                Fail(ClassificationErrorCode.CategoryRequired, Messages.Format("CategoryRequired", code), code, field: DimensionNames.Category);
            }

            return;
        }

        var tree = _trees[dimension];
        if (!tree.Contains(category))
        {
            Fail(ClassificationErrorCode.CategoryNotFound, Messages.Format("CategoryNotFoundFor", code, Messages.Dimension(dimension), category), code, category, dimension);
        }
        else if (!tree.IsLeaf(category))
        {
            Fail(ClassificationErrorCode.CategoryNotLeaf, Messages.Format("CategoryNotLeafFor", code, Messages.Dimension(dimension), category), code, category, dimension);
        }
        else if (!tree.Get(category).IsActive && !string.Equals(old?.CodeIn(dimension), category, StringComparison.Ordinal))
        {
            Fail(ClassificationErrorCode.CategoryDisabled, Messages.Format("CategoryDisabledFor", code, Messages.Dimension(dimension), category), code, category, dimension);
        }
    }

    private void CheckCustomFields(Customer customer)
    {
        var code = customer.Code;
        foreach (var pair in customer.CustomFields)
        {
            if (Settings.FindCustomField(pair.Key) is not { } field)
            {
                Fail(ClassificationErrorCode.CustomFieldUnknown, Messages.Format("CustomFieldUnknown", code, pair.Key), code, pair.Key, pair.Key);
            }
            else if (field.Type != pair.Value.Type)
            {
                Fail(ClassificationErrorCode.CustomFieldTypeMismatch, Messages.Format("CustomFieldType", pair.Key, code, pair.Value.Type.ToString().ToLowerInvariant(), field.Type.ToString().ToLowerInvariant()), code, pair.Key, pair.Key);
            }
        }

        // An index, not a query or foreach: a closure or an enumerator would be made for each of a million customers.
        var fields = Settings.CustomFields;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (field.Required && !customer.CustomFields.ContainsKey(field.Name))
            {
                Fail(ClassificationErrorCode.CustomFieldRequired, Messages.Format("CustomFieldRequired", code, field.Name), code, field.Name, field.Name);
            }
        }
    }

    private bool InScope(string dimension, string categoryCode)
    {
        if (_scope.AllowsCategory(dimension, categoryCode))
        {
            return true;
        }

        Fail(ClassificationErrorCode.OutsideDataScope, Messages.Format("CategoryOutsideScope", categoryCode, Messages.Dimension(dimension)), categoryCode);
        return false;
    }

    private CategoryTree? Tree(string dimension)
    {
        if (_trees.TryGetValue(dimension, out var tree))
        {
            return tree;
        }

        Fail(ClassificationErrorCode.DimensionNotFound, Messages.Format("NoDimension", dimension), dimension);
        return null;
    }

    // A bad name is a violation of the batch, not an exception out of it.
    private bool NameFits(string code, string name)
    {
        if (CategoryTree.IsValidName(name, code, out var error, out var message))
        {
            return true;
        }

        Fail(error, message, code, field: "name");
        return false;
    }
}
