using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>The settings operations of a transaction on an archive that exists: a custom field defined, a dimension added, a coding scheme or the grade scale changed.</summary>
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

    public void ChangeCreditGrades(IReadOnlyList<string> grades)
    {
        if (!Unrestricted("creditGrades"))
        {
            return;
        }

        // Every grade held that the new scale leaves out is named: by a customer, by a profile of any dimension, by the defaults.
        var ranks = ArchiveSettings.Ranks(grades);
        var scale = ArchiveSettings.ScaleText(grades);
        var before = _violations.Count;
        foreach (var customer in _customers.Pairs().Select(p => p.Value).OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            if (customer.CreditGrade is { } grade && !ranks.ContainsKey(grade))
            {
                Fail(ClassificationErrorCode.CreditGradeNotOnScale, Messages.Format("ScaleLeavesOutGrade", scale, grade, Messages.Format("ScaleLeavesOutCustomer", customer.Code)), customer.Code, field: CustomerFields.Get("creditGrade").Name);
            }
        }

        var profiles = Settings.DimensionNamesInUse.SelectMany(d => Profiles.Of(d).Select(p => (Dimension: (string?)d, Code: (string?)p.Key, Profile: p.Value)))
            .Prepend((null, null, Profiles.Defaults));
        foreach (var (dimension, code, profile) in profiles)
        {
            foreach (var field in CategoryProfileFields.GradeFields)
            {
                foreach (var grade in CategoryProfileFields.GradesIn(field, profile[field]).Where(g => !ranks.ContainsKey(g)))
                {
                    var holder = dimension is null ? Messages.Format("ScaleLeavesOutDefaults", field.Label) : Messages.Format("ScaleLeavesOutProfile", Messages.Dimension(dimension), code, field.Label);
                    Fail(ClassificationErrorCode.CreditGradeNotOnScale, Messages.Format("ScaleLeavesOutGrade", scale, grade, holder), code, field: field.Name);
                }
            }
        }

        if (_violations.Count > before)
        {
            return;
        }

        // Compared grade by grade: a grade may itself hold " > ", so the texts could agree where the scales differ.
        if (!Settings.CreditGrades.SequenceEqual(grades, StringComparer.Ordinal))
        {
            var was = ArchiveSettings.ScaleText(Settings.CreditGrades);
            _settings = Settings.WithCreditGrades(grades);
            Log(ChangeOperation.CreditGradesChanged, null, field: "creditGrades", before: was, after: scale);
        }

        Result = Settings;
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
