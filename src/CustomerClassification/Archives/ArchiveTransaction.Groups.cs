using System.Collections.Generic;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// Group customers (集团客户) in a transaction: head offices (客户总公司) and invoice-to customers (开票单位) are checked once
/// the whole batch has run, so a file may list a member before its head office.
/// </summary>
internal sealed partial class ArchiveTransaction
{
    private static readonly string ParentField = CustomerFields.Get("parentCode").Name;
    private static readonly string InvoiceToField = CustomerFields.Get("invoiceToCode").Name;

    // Customers naming another, to check; customers removed or deactivated, whom nobody may still name.
    private readonly HashSet<string> _naming = new(StringComparer.Ordinal);
    private readonly HashSet<string> _released = new(StringComparer.Ordinal);

    /// <summary>Runs the checks that need the whole batch: every group reference of a customer the batch touched.</summary>
    public void Finish()
    {
        foreach (var code in _naming)
        {
            if (_customers.TryGetValue(code, out var customer))
            {
                CheckGroup(customer);
            }
        }

        if (_released.Count == 0)
        {
            return;
        }

        // Rare (a removal or deactivation): one pass over the customers finds whoever still names them.
        foreach (var pair in _customers.Pairs())
        {
            var customer = pair.Value;
            if (customer.ParentCode is { } parent && _released.Contains(parent) && !_naming.Contains(customer.Code))
            {
                CheckGroup(customer);
            }
            else if (customer.InvoiceToCode is { } invoiceTo && _released.Contains(invoiceTo) && !_naming.Contains(customer.Code))
            {
                CheckGroup(customer);
            }
        }
    }

    private void NoteGroupChange(Customer? old, Customer? updated)
    {
        if (updated is { } now && (now.ParentCode is not null || now.InvoiceToCode is not null))
        {
            _naming.Add(now.Code);
        }

        if (old is { } before && (updated is null || (updated.DeactivatedOn is not null && before.DeactivatedOn is null)))
        {
            _released.Add(before.Code);
        }
    }

    private void CheckGroup(Customer customer)
    {
        var code = customer.Code;
        if (customer.InvoiceToCode is { } invoiceTo && !_customers.TryGetValue(invoiceTo, out _))
        {
            Fail(ClassificationErrorCode.CustomerGroupInvalid, Messages.Format("InvoiceToMissing", code, invoiceTo), code, invoiceTo, InvoiceToField);
        }

        if (customer.ParentCode is not { } parentCode)
        {
            return;
        }

        if (!_customers.TryGetValue(parentCode, out var parent))
        {
            Fail(ClassificationErrorCode.CustomerGroupInvalid, Messages.Format("HeadOfficeMissing", code, parentCode), code, parentCode, ParentField);
            return;
        }

        if (parent.DeactivatedOn is not null)
        {
            Fail(ClassificationErrorCode.CustomerGroupInvalid, Messages.Format("ParentDeactivated", code, parentCode), code, parentCode, ParentField);
        }

        // A cycle returns to the customer within as many steps as there are customers; the seen set stops any loop above it.
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        for (Customer? above = parent; above is not null; above = above.ParentCode is { } next && _customers.TryGetValue(next, out var found) ? found : null)
        {
            if (!seen.Add(above.Code))
            {
                if (string.Equals(above.Code, code, StringComparison.Ordinal))
                {
                    Fail(ClassificationErrorCode.CustomerGroupInvalid, Messages.Format("ParentCycle", code, parentCode), code, parentCode, ParentField);
                }

                return;
            }
        }
    }
}
