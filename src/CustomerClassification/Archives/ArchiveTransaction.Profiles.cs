using System.Linq;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>The profile operation of a transaction: one value of a category's profile, or of the defaults, set or cleared.</summary>
internal sealed partial class ArchiveTransaction
{
    // The start's, until the transaction changes a profile.
    private ProfileBook Profiles => _profiles ?? _start.Profiles;

    /// <summary>Sets (or, with a null value, clears) a profile value of a category, or of the defaults when the dimension is null.</summary>
    public void SetProfileValue(string? dimension, string? code, CategoryProfileField field, object? value)
    {
        if (dimension is null || code is null)
        {
            if (!ReferenceEquals(_scope, DataScope.Unrestricted))
            {
                Fail(ClassificationErrorCode.OutsideDataScope, Messages.Format("DefaultsOutsideScope", field.Name), field: field.Name);
                return;
            }
        }
        else
        {
            dimension = DimensionNames.Canonical(dimension);
            if (Tree(dimension) is not { } tree || !Found(dimension, tree, ref code) || !InScope(dimension, code))
            {
                return;
            }
        }

        var profile = dimension is null || code is null ? Profiles.Defaults : Profiles.Of(dimension, code);
        object? after = null;
        if (value is not null)
        {
            var checkedValue = field.Check(value);
            if (!checkedValue.Success)
            {
                Fail(ClassificationErrorCode.ProfileValueInvalid, checkedValue.Problem!, code, field: field.Name);
                return;
            }

            after = checkedValue.Value;
            if (CategoryProfileFields.GradesIn(field, after).FirstOrDefault(g => Settings.GradeRank(g) is null) is { } offScale)
            {
                Fail(ClassificationErrorCode.ProfileValueInvalid, Messages.Format("GradeNotOnScale", offScale, ArchiveSettings.ScaleText(Settings.CreditGrades)), code, field: field.Name);
                return;
            }
        }

        var changed = after is null ? profile.Without(field) : profile.WithChecked(field, after);
        if (!changed.Equals(profile))
        {
            ChangingProfiles().Set(dimension, code, changed);
            Log(ChangeOperation.ProfileChanged, null, dimension: dimension, categoryCode: code, field: field.Name, before: field.Format(profile[field]), after: field.Format(after));
        }

        Result = changed;
    }

    private ProfileBook ChangingProfiles() => _profiles ??= _start.Profiles.Copy();
}
