using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>The settings operation of a transaction: a custom field defined on an archive that exists.</summary>
internal sealed partial class ArchiveTransaction
{
    public void DefineCustomField(CustomFieldDefinition field)
    {
        if (!ReferenceEquals(_scope, DataScope.Unrestricted))
        {
            Fail(ClassificationErrorCode.OutsideDataScope, Messages.Format("SettingsOutsideScope", field.Name), field: field.Name);
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
}
