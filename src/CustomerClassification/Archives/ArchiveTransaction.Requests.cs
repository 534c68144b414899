using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>
/// A change request in a transaction: its changes as the dry run of a batch logged them, and their replay when approved,
/// each value first checked against the one the request found (a value changed since is a violation, not overwritten).
/// </summary>
internal sealed partial class ArchiveTransaction
{
    private const string CustomPrefix = "custom:";

    private static readonly ChangeOperation[] Unsupported =
    [
        ChangeOperation.CustomerMerged, ChangeOperation.CategoryMerged, ChangeOperation.CategorySplit, ChangeOperation.CategoryMoved,
        ChangeOperation.CustomFieldDefined, ChangeOperation.DimensionAdded, ChangeOperation.SchemeChanged, ChangeOperation.CreditGradesChanged,
        ChangeOperation.CreditApproved,
    ];

    /// <summary>Gets a customer as the transaction holds it now, or null.</summary>
    public Customer? Current(string code) => _customers.TryGetValue(code, out var customer) ? customer : null;

    /// <summary>Logs an entry of a change request's own (submitted, approved, rejected, applied).</summary>
    public void Note(ChangeOperation operation, long request, string? reason) =>
        Log(operation, null, field: "request", after: request.ToString(CultureInfo.InvariantCulture), reason: reason);

    /// <summary>Entries as a request's changes: an added customer spelled out value by value; an operation no request can carry is a violation.</summary>
    public static List<RequestedChange> Requested(IEnumerable<ChangeLogEntry> entries, Func<string, Customer?> find, ArchiveSettings settings, List<Violation> violations)
    {
        var changes = new List<RequestedChange>();
        foreach (var entry in entries)
        {
            if (Array.IndexOf(Unsupported, entry.Operation) >= 0)
            {
                violations.Add(new Violation(ClassificationErrorCode.RequestUnsupported, Messages.Format("RequestUnsupported", Messages.Get("Unsupported" + entry.Operation)), code: entry.CustomerCode ?? entry.CategoryCode, field: entry.Field));
            }

            changes.Add(RequestedChange.Of(entry));
            if (entry.Operation == ChangeOperation.CustomerAdded && find(entry.CustomerCode!) is { } added)
            {
                changes.AddRange(Values(added, settings));
            }
        }

        return changes;
    }

    /// <summary>Replays a request's changes: each checked against the value it found, then made; every stale value is reported.</summary>
    public void Replay(IReadOnlyList<RequestedChange> changes, LockOverride approval)
    {
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            if (change is { Operation: ChangeOperation.CustomerAdded, Field: null })
            {
                var values = changes.Skip(i + 1).TakeWhile(c => c.Operation == ChangeOperation.CustomerAdded && c.Field is not null).ToArray();
                i += values.Length;
                Checked(change, () => Add(change, values));
            }
            else
            {
                Checked(change, () =>
                {
                    if (Stale(change) is { } now)
                    {
                        Fail(ClassificationErrorCode.RequestStale, Messages.Format("RequestStale", Subject(change), change.Field ?? change.Operation.ToString(), change.Before ?? "—", now), change.CustomerCode ?? change.CategoryCode, field: change.Field);
                    }
                    else
                    {
                        Make(change, approval);
                    }
                });
            }
        }
    }

    // A request read from a file may hold a field or a value no archive has: a violation of its own, not an exception.
    private void Checked(RequestedChange change, Action make)
    {
        try
        {
            make();
        }
        catch (Exception e) when (e is KeyNotFoundException or FormatException or ArgumentException or InvalidOperationException)
        {
            Fail(ClassificationErrorCode.RequestUnsupported, Messages.Format("RequestUnreadable", Subject(change), change.Field ?? change.Operation.ToString(), e.Message), change.CustomerCode ?? change.CategoryCode, field: change.Field);
        }
    }

    private static IEnumerable<RequestedChange> Values(Customer added, ArchiveSettings settings)
    {
        foreach (var dimension in settings.DimensionNamesInUse)
        {
            if (added.CodeIn(dimension) is { } category)
            {
                yield return new RequestedChange(ChangeOperation.CustomerAdded, added.Code, dimension, category, dimension, null, category, null);
            }
        }

        foreach (var field in CustomerFields.All)
        {
            if (!field.IsKey && field != CustomerFields.Name && field.Kind != FieldKind.Dimension && field.IsLogged && field.FormatStoredValue(added) is { } text)
            {
                yield return new RequestedChange(ChangeOperation.CustomerAdded, added.Code, null, null, field.Name, null, text, null);
            }
        }

        foreach (var pair in added.CustomFields.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return new RequestedChange(ChangeOperation.CustomerAdded, added.Code, null, null, CustomPrefix + pair.Key, null, pair.Value.ToString(), null);
        }
    }

    private void Add(RequestedChange change, IReadOnlyList<RequestedChange> values)
    {
        var code = change.CustomerCode!;
        if (Current(code) is not null)
        {
            Fail(ClassificationErrorCode.RequestStale, Messages.Format("RequestStaleAdded", code), code);
            return;
        }

        var builder = Customer.CreateBuilder(code, change.After!);
        foreach (var value in values)
        {
            if (value.Dimension is { } dimension)
            {
                builder.SetCodeIn(dimension, value.After);
            }
            else if (value.Field!.StartsWith(CustomPrefix, StringComparison.Ordinal))
            {
                builder.SetCustomField(value.Field.Substring(CustomPrefix.Length), Custom(value.Field, value.After!));
            }
            else
            {
                builder.SetText(CustomerFields.Get(value.Field), value.After!);
            }
        }

        AddCustomer(builder.Build());
    }

    // The value the archive holds now where the change found another, or null when it is as found ("" for none).
    private string? Stale(RequestedChange change)
    {
        var now = Now(change);
        return string.Equals(now, change.Before, StringComparison.Ordinal) ? null : now ?? string.Empty;
    }

    private string? Now(RequestedChange change)
    {
        if (change.CustomerCode is { } code)
        {
            var customer = Current(code);
            return change.Operation switch
            {
                _ when customer is null => null,
                ChangeOperation.CustomerRemoved => customer.Name,
                ChangeOperation.CustomerReclassified => customer.CodeIn(change.Dimension!),
                ChangeOperation.TemporaryLimitGranted => TemporaryLimitText(customer),
                _ when change.Field!.StartsWith(CustomPrefix, StringComparison.Ordinal) =>
                    customer.CustomFields.TryGetValue(change.Field.Substring(CustomPrefix.Length), out var value) ? value.ToString() : null,
                _ => CustomerFields.Get(change.Field).FormatValue(customer),
            };
        }

        if (change.Operation == ChangeOperation.ProfileChanged)
        {
            var field = CategoryProfileFields.Get(change.Field!);
            var profile = change.CategoryCode is null ? Profiles.Defaults : Profiles.Of(change.Dimension!, change.CategoryCode);
            return field.Format(profile[field]);
        }

        var category = _trees.TryGetValue(change.Dimension!, out var tree) ? tree.Find(change.CategoryCode!) : null;
        return change.Operation switch
        {
            ChangeOperation.CategoryRenamed => category?.Name,
            ChangeOperation.CategoryDescribed => category?.Description,
            ChangeOperation.CategoryDisabled => category is { IsActive: true } ? null : "disabled",
            ChangeOperation.CategoryEnabled => category is { IsActive: false } ? null : "enabled",
            ChangeOperation.CategoryRemoved => category?.Name,
            _ => category?.Name, // added: found as none
        };
    }

    private void Make(RequestedChange change, LockOverride approval)
    {
        var code = change.CustomerCode;
        switch (change.Operation)
        {
            case ChangeOperation.CustomerReclassified:
                UpdateCustomer(code!, c => c.ToBuilder().SetCodeIn(change.Dimension!, change.After).Build(), approval, null);
                break;
            case ChangeOperation.CustomerChanged:
                UpdateCustomer(code!, c => Changed(c, change), approval, null);
                break;
            case ChangeOperation.CustomerDeactivated:
                Deactivate(code!, Day(change.After!));
                break;
            case ChangeOperation.CustomerReactivated:
                Reactivate(code!);
                break;
            case ChangeOperation.CustomerRemoved:
                Remove(code!);
                break;
            case ChangeOperation.CustomerMarkedTransacted:
                MarkTransacted(code!);
                break;
            case ChangeOperation.CreditHeld:
                HoldCredit(code!, change.After!, change.Reason);
                break;
            case ChangeOperation.CreditReleased:
                ReleaseCredit(code!, change.Reason);
                break;
            case ChangeOperation.TemporaryLimitGranted:
                Grant(code!, change.After!);
                break;
            default:
                MakeOnCategory(change);
                break;
        }
    }

    private void MakeOnCategory(RequestedChange change)
    {
        var (dimension, code) = (change.Dimension!, change.CategoryCode!);
        switch (change.Operation)
        {
            case ChangeOperation.ProfileChanged:
                var field = CategoryProfileFields.Get(change.Field!);
                SetProfileValue(change.Dimension, change.CategoryCode, field, change.After is null ? null : field.Parse(change.After).Value);
                break;
            case ChangeOperation.CategoryAdded:
                AddCategory(dimension, code, change.After!);
                break;
            case ChangeOperation.CategoryRenamed:
                RenameCategory(dimension, code, change.After!);
                break;
            case ChangeOperation.CategoryDescribed:
                DescribeCategory(dimension, code, change.After);
                break;
            case ChangeOperation.CategoryDisabled or ChangeOperation.CategoryEnabled:
                SetCategoryActive(dimension, code, change.Operation == ChangeOperation.CategoryEnabled);
                break;
            default:
                RemoveCategory(dimension, code);
                break;
        }
    }

    private Customer Changed(Customer customer, RequestedChange change)
    {
        if (change.Field!.StartsWith(CustomPrefix, StringComparison.Ordinal))
        {
            return customer.ToBuilder().SetCustomField(change.Field.Substring(CustomPrefix.Length), change.After is null ? (CustomFieldValue?)null : Custom(change.Field, change.After)).Build();
        }

        var field = CustomerFields.Get(change.Field);
        return field.SetValue(customer, change.After is null ? null : field.ParseValue(change.After));
    }

    private CustomFieldValue Custom(string field, string text) =>
        Settings.FindCustomField(field.Substring(CustomPrefix.Length))?.Type switch
        {
            CustomFieldType.Number => CustomFieldValue.FromNumber(FieldText.Number(text).Value),
            CustomFieldType.Date => CustomFieldValue.FromDate(Day(text)),
            _ => CustomFieldValue.FromText(text),
        };

    // A temporary limit as the log writes it: "amount from..to".
    private void Grant(string code, string text)
    {
        var space = text.IndexOf(' ');
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        var amount = FieldText.Number(text.Substring(0, space)).Value;
        GrantTemporaryLimit(code, amount, Day(text.Substring(space + 1, dots - space - 1)), Day(text.Substring(dots + 2)));
    }

    private static LocalDate Day(string text) => (LocalDate)FieldText.Parse(FieldKind.Date, text).Value!;

    private static string Subject(RequestedChange change) => change.CustomerCode ?? change.Dimension + " " + change.CategoryCode;
}
