using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>The customer operations of a transaction: add, update, deactivate, reactivate, remove, mark transacted, merge.</summary>
internal sealed partial class ArchiveTransaction
{
    public void AddCustomer(Customer customer)
    {
        if (_customers.TryGetValue(customer.Code, out _))
        {
            Fail(ClassificationErrorCode.DuplicateCustomerCode, Messages.Format("CustomerExists", customer.Code), customer.Code, field: CustomerFields.Code.Name);
            return;
        }

        var added = Canonical(customer);
        if (!Check(added))
        {
            return;
        }

        Store(null, added);
        Log(ChangeOperation.CustomerAdded, added.Code, after: added.Name);
        Result = added;
    }

    public void UpdateCustomer(string code, Func<Customer, Customer> change, LockOverride? lockOverride, string? reason)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        var changed = Canonical(change(old) ?? throw new ArgumentException("The change returned null instead of a customer.", nameof(change)));
        if (!string.Equals(changed.Code, old.Code, StringComparison.Ordinal))
        {
            Fail(ClassificationErrorCode.CustomerCodeChanged, Messages.Format("CustomerCodeChanged", code, changed.Code), code, changed.Code, CustomerFields.Code.Name);
            return;
        }

        var updated = changed.HasTransactions == old.HasTransactions ? changed : changed with { HasTransactions = old.HasTransactions };
        var locked = Locked(old, updated, lockOverride);
        if (!Check(updated, old) || locked)
        {
            return;
        }

        Replace(old, updated, lockOverride?.Reason ?? reason?.Trim());
        Result = updated;
    }

    public void Deactivate(string code, LocalDate date)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        if (old.DeactivatedOn is { } since)
        {
            Fail(ClassificationErrorCode.CustomerAlreadyDeactivated, Messages.Format("CreditDeactivated", code, Iso(since)), code);
            return;
        }

        if (old.DevelopedOn is { } developed && date < developed)
        {
            Fail(ClassificationErrorCode.DeactivatedBeforeDeveloped, Messages.Format("CannotDeactivateBeforeDeveloped", code, Iso(date), Iso(developed)), code, field: DeactivatedOn);
            return;
        }

        var updated = old with { DeactivatedOn = date };
        Store(old, updated);
        Log(ChangeOperation.CustomerDeactivated, old.Code, field: DeactivatedOn, after: Iso(date));
        Result = updated;
    }

    public void Reactivate(string code)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        if (old.DeactivatedOn is not { } since)
        {
            Fail(ClassificationErrorCode.CustomerNotDeactivated, Messages.Format("NotDeactivated", code), code);
            return;
        }

        var updated = old with { DeactivatedOn = null };
        Store(old, updated);
        Log(ChangeOperation.CustomerReactivated, old.Code, field: DeactivatedOn, before: Iso(since));
        Result = updated;
    }

    public void Remove(string code)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        if (old.HasTransactions)
        {
            Fail(ClassificationErrorCode.CustomerHasTransactions, Messages.Format("HasTransactions", code), code);
            return;
        }

        Store(old, null);
        Log(ChangeOperation.CustomerRemoved, old.Code, before: old.Name);
        Result = old;
    }

    public void MarkTransacted(string code)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        var updated = old;
        if (!old.HasTransactions)
        {
            updated = old with { HasTransactions = true };
            Store(old, updated);
            Log(ChangeOperation.CustomerMarkedTransacted, old.Code, field: HasTransactions, before: "false", after: "true");
        }

        Result = updated;
    }

    public void Merge(string fromCode, string intoCode, string reason)
    {
        if (Settings.CodeComparer.Equals(fromCode, intoCode))
        {
            Fail(ClassificationErrorCode.MergeIntoItself, Messages.Format("MergeIntoItself", fromCode), fromCode);
            return;
        }

        var from = Existing(fromCode);
        var into = Existing(intoCode);
        if (from is null || into is null)
        {
            return;
        }

        if (into.DeactivatedOn is not null)
        {
            Fail(ClassificationErrorCode.MergeTargetDeactivated, Messages.Format("MergeTargetDeactivated", fromCode, intoCode), fromCode, intoCode);
            return;
        }

        var kept = into with
        {
            HasTransactions = into.HasTransactions || from.HasTransactions,
            Tags = into.Tags.Concat(from.Tags).ToArray(),
            ShipToAddresses = into.ShipToAddresses.Concat(from.ShipToAddresses.Except(into.ShipToAddresses, StringComparer.Ordinal)).ToArray(),
            Contacts = Merged(into.Contacts, from.Contacts, CustomerContact.Parse),
            BankAccounts = Merged(into.BankAccounts, from.BankAccounts, CustomerBankAccount.Parse),
        };
        var first = _entries.Count;
        Store(from, null);
        Log(ChangeOperation.CustomerMerged, from.Code, before: from.Name, after: into.Code, reason: reason);
        Replace(into, kept, reason);
        if (from.HasTransactions && !into.HasTransactions)
        {
            Log(ChangeOperation.CustomerMarkedTransacted, into.Code, field: HasTransactions, before: "false", after: "true", reason: reason);
        }

        Result = new MergeResult(from, kept, _entries.Skip(first).ToArray());
    }

    // The kept customer's items, its default first, then the merged one's it lacks. A default item holding a list
    // separator (T3's single columns allow one) cannot be one of the others, and is left out.
    private static T[] Merged<T>(IReadOnlyList<T> into, IReadOnlyList<T> from, Func<string, ParseResult<T>> parse)
        where T : class =>
        into.Concat(from.Except(into).Where(i => parse(i.ToString()!).Success)).ToArray();
}
