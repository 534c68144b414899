using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>The settings operations of a transaction on an archive that exists: a custom field defined, a dimension added, a coding scheme changed.</summary>
internal sealed partial class ArchiveTransaction
{
    public void DefineCustomField(CustomFieldDefinition field)
    {
        if (!Unrestricted(field.Name))
        {
            return;
        }

        if (Settings.IsNameTaken(field.Name))
        {
            Fail(ClassificationErrorCode.CustomFieldNameTaken, Messages.Format("CustomFieldNameTaken", field.Name), field: field.Name);
            return;
        }

        if (field.Required && _customers.Count > 0)
        {
            Fail(ClassificationErrorCode.CustomFieldRequired, Messages.Format("RequiredFieldOnCustomers", field.Name, _customers.Count), field: field.Name);
            return;
        }

        _settings = Settings.WithCustomField(field);
        Log(ChangeOperation.CustomFieldDefined, null, field: field.Name, after: field.Type.ToString().ToLowerInvariant() + (field.Required ? ", required" : string.Empty));
        Result = _settings;
    }

    public void AddDimension(DimensionDefinition dimension)
    {
        if (!Unrestricted(dimension.Name))
        {
            return;
        }

        if (Settings.IsNameTaken(dimension.Name))
        {
            Fail(ClassificationErrorCode.CustomFieldNameTaken, Messages.Format("DimensionNameTaken", dimension.Name), field: dimension.Name);
            return;
        }

        _settings = Settings.WithDimension(dimension);
        _trees[dimension.Name] = new CategoryTree(dimension.Scheme).Seal();
        _members[dimension.Name] = CustomerGroups.Empty.ToBuilder();
        Log(ChangeOperation.DimensionAdded, null, dimension: dimension.Name, field: dimension.Name, after: dimension.Scheme.ToString());
        Result = _settings;
    }

    public void ChangeScheme(string dimension, CodingScheme scheme)
    {
        dimension = DimensionNames.Canonical(dimension);
        if (!Unrestricted(dimension) || Tree(dimension) is not { } tree)
        {
            return;
        }

        var before = tree.Scheme;
        var builder = tree.ToBuilder();
        try
        {
            builder.ChangeScheme(scheme);
        }
        catch (ClassificationException e)
        {
            // Every code that would not fit, or would change its parent, is named.
            foreach (var violation in e.Violations)
            {
                Fail(violation.Error, violation.Message, violation.Code, violation.RelatedCode, dimension);
            }

            return;
        }

        _treeBuilders.Remove(dimension);
        _trees[dimension] = builder.ToTree();
        _settings = Settings.WithScheme(dimension, scheme);
        Log(ChangeOperation.SchemeChanged, null, dimension: dimension, field: "scheme", before: before.ToString(), after: scheme.ToString());
        Result = _settings;
    }

    // Settings are the whole archive's: a view limited by a data scope changes none.
    private bool Unrestricted(string name)
    {
        if (ReferenceEquals(_scope, DataScope.Unrestricted))
        {
            return true;
        }

        Fail(ClassificationErrorCode.OutsideDataScope, Messages.Format("SettingsOutsideScope", name), field: name);
        return false;
    }
}
