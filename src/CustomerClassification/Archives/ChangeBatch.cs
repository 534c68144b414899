using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>
/// Operations on a customer archive to apply as one unit with <see cref="CustomerArchive.Apply(ChangeBatch, string)"/>: all of
/// them, or — when any breaks a rule — none, with every violation reported. Operations run in the order
/// added and each sees the ones before it. Arguments are checked when an operation is added.
/// </summary>
public sealed class ChangeBatch
{
    // Each operation: a customer to add (most of a bulk load: no closure each), or any other change as an action.
    private readonly List<object> _operations = [];

    /// <summary>Gets the number of operations.</summary>
    public int Count => _operations.Count;

    internal IReadOnlyList<object> Operations => _operations;

    /// <summary>Gets how many customers the batch adds, for the archive to size its indexes once.</summary>
    internal int Additions { get; private set; }

    /// <summary>Runs an operation of <see cref="Operations"/> in a transaction.</summary>
    internal static void Run(object operation, ArchiveTransaction transaction)
    {
        if (operation is Customer customer)
        {
            transaction.AddCustomer(customer);
        }
        else
        {
            ((Action<ArchiveTransaction>)operation)(transaction);
        }
    }

    /// <summary>Adds a customer; see <see cref="CustomerArchive.Add"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public ChangeBatch Add(Customer customer)
    {
        Guard.Against.Null(customer);
        Additions++;
        _operations.Add(customer);
        return this;
    }

    /// <summary>Changes a customer; see <see cref="CustomerArchive.Update"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="change">Makes the changed customer from the current one, usually with <c>c => c with { … }</c>.</param>
    /// <param name="lockOverride">The override needed to reclassify a customer with transactions, or null.</param>
    /// <param name="reason">Why, recorded with each change (a rule's name, for example), or null.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="change"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public ChangeBatch Update(string code, Func<Customer, Customer> change, LockOverride? lockOverride = null, string? reason = null)
    {
        Guard.Against.NullOrEmpty(code);
        Guard.Against.Null(change);
        return Then(tx => tx.UpdateCustomer(code, change, lockOverride, reason));
    }

    /// <summary>Deactivates a customer; see <see cref="CustomerArchive.Deactivate"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="date">The deactivation date.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public ChangeBatch Deactivate(string code, LocalDate date)
    {
        Guard.Against.NullOrEmpty(code);
        return Then(tx => tx.Deactivate(code, date));
    }

    /// <summary>Puts a customer's credit on hold; see <see cref="CustomerArchive.HoldCredit"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="reasonCode">The hold's reason code (冻结原因码).</param>
    /// <param name="text">The hold's text (冻结说明), or null.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="reasonCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty, <paramref name="reasonCode"/> blank, or a text too long or with control characters.</exception>
    public ChangeBatch HoldCredit(string code, string reasonCode, string? text)
    {
        Guard.Against.NullOrEmpty(code);
        var reason = Customer.OptionalText(Guard.Against.NullOrWhiteSpace(reasonCode), nameof(reasonCode));
        var holdText = Customer.OptionalText(text, nameof(text));
        return Then(tx => tx.HoldCredit(code, reason!, holdText));
    }

    /// <summary>Releases a customer's credit hold; see <see cref="CustomerArchive.ReleaseCredit"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="reason">Why, recorded with the entry, or null.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <paramref name="reason"/> too long or with control characters.</exception>
    public ChangeBatch ReleaseCredit(string code, string? reason = null)
    {
        Guard.Against.NullOrEmpty(code);
        var why = Customer.OptionalText(reason, nameof(reason));
        return Then(tx => tx.ReleaseCredit(code, why));
    }

    /// <summary>Grants a customer a temporary limit; see <see cref="CustomerArchive.GrantTemporaryLimit"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="amount">The increase (临时额度), 0 or more.</param>
    /// <param name="from">The first day it applies.</param>
    /// <param name="to">The last day it applies, not before <paramref name="from"/>.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative or above the largest amount.</exception>
    public ChangeBatch GrantTemporaryLimit(string code, decimal amount, LocalDate from, LocalDate to)
    {
        Guard.Against.NullOrEmpty(code);
        Money.Limit(amount, nameof(amount));
        return Then(tx => tx.GrantTemporaryLimit(code, amount, from, to));
    }

    /// <summary>Records an approval of an order over a credit limit; see <see cref="CustomerArchive.RecordCreditApproval"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="approver">Who approved (信用审批人).</param>
    /// <param name="orderAmount">The order approved.</param>
    /// <param name="excess">The excess over the limit approved.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="approver"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <paramref name="approver"/> blank or with control characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not a valid amount.</exception>
    public ChangeBatch RecordCreditApproval(string code, string approver, decimal orderAmount, decimal excess)
    {
        Guard.Against.NullOrEmpty(code);
        var name = Customer.OptionalText(Guard.Against.NullOrWhiteSpace(approver), nameof(approver))!;
        var (order, over) = (Money.Limit(orderAmount, nameof(orderAmount))!.Value, Money.Limit(excess, nameof(excess))!.Value);
        return Then(tx => tx.RecordCreditApproval(code, name, order, over));
    }

    /// <summary>Reactivates a customer; see <see cref="CustomerArchive.Reactivate"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public ChangeBatch Reactivate(string code)
    {
        Guard.Against.NullOrEmpty(code);
        return Then(tx => tx.Reactivate(code));
    }

    /// <summary>Removes a customer; see <see cref="CustomerArchive.Remove"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public ChangeBatch Remove(string code)
    {
        Guard.Against.NullOrEmpty(code);
        return Then(tx => tx.Remove(code));
    }

    /// <summary>Marks a customer as having transactions; see <see cref="CustomerArchive.MarkTransacted"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public ChangeBatch MarkTransacted(string code)
    {
        Guard.Against.NullOrEmpty(code);
        return Then(tx => tx.MarkTransacted(code));
    }

    /// <summary>Merges one customer into another; see <see cref="CustomerArchive.Merge"/>.</summary>
    /// <param name="fromCode">The customer merged away.</param>
    /// <param name="intoCode">The customer kept.</param>
    /// <param name="reason">Why; recorded.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A code is empty or the reason is blank.</exception>
    public ChangeBatch Merge(string fromCode, string intoCode, string reason)
    {
        Guard.Against.NullOrEmpty(fromCode);
        Guard.Against.NullOrEmpty(intoCode);
        Guard.Against.NullOrWhiteSpace(reason);
        return Then(tx => tx.Merge(fromCode, intoCode, reason.Trim()));
    }

    /// <summary>Adds a category; see <see cref="CustomerArchive.AddCategory"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <param name="name">The category name.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ChangeBatch AddCategory(string dimension, string code, string name)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.NullOrEmpty(code);
        Guard.Against.Null(name);
        return Then(tx => tx.AddCategory(dimension, code, name));
    }

    /// <summary>Renames a category; see <see cref="CustomerArchive.RenameCategory"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <param name="name">The new name.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ChangeBatch RenameCategory(string dimension, string code, string name)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.NullOrEmpty(code);
        Guard.Against.Null(name);
        return Then(tx => tx.RenameCategory(dimension, code, name));
    }

    /// <summary>Sets or clears a category's description; see <see cref="CustomerArchive.DescribeCategory"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <param name="description">The description, or null or blank to clear it.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> or <paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty, or the description is too long (<see cref="Coding.CategoryTree.MaxDescriptionLength"/>) or holds a control character.</exception>
    public ChangeBatch DescribeCategory(string dimension, string code, string? description)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.NullOrEmpty(code);
        if (Coding.CategoryTree.DescriptionProblem(description, code) is { } problem)
        {
            throw new ArgumentException(problem, nameof(description));
        }

        return Then(tx => tx.DescribeCategory(dimension, code, description));
    }

    /// <summary>Disables a category; see <see cref="CustomerArchive.DisableCategory"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ChangeBatch DisableCategory(string dimension, string code) => SetActive(dimension, code, active: false);

    /// <summary>Enables a disabled category; see <see cref="CustomerArchive.EnableCategory"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ChangeBatch EnableCategory(string dimension, string code) => SetActive(dimension, code, active: true);

    /// <summary>Sets or clears one value of a category's profile; see <see cref="CustomerArchive.SetProfileValue"/>.</summary>
    /// <param name="dimension">The category's dimension.</param>
    /// <param name="code">The category code.</param>
    /// <param name="field">The profile value, by name, label or alias.</param>
    /// <param name="value">The value, of the field's kind; null clears it.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="KeyNotFoundException">No profile value is named <paramref name="field"/>.</exception>
    public ChangeBatch SetProfileValue(string dimension, string code, string field, object? value)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.NullOrEmpty(code);
        var profileField = CategoryProfileFields.Get(field);
        return Then(tx => tx.SetProfileValue(dimension, code, profileField, value));
    }

    /// <summary>Sets or clears one value of the archive's default profile; see <see cref="CustomerArchive.SetDefaultProfileValue"/>.</summary>
    /// <param name="field">The profile value, by name, label or alias.</param>
    /// <param name="value">The value, of the field's kind; null clears it.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No profile value is named <paramref name="field"/>.</exception>
    public ChangeBatch SetDefaultProfileValue(string field, object? value)
    {
        var profileField = CategoryProfileFields.Get(field);
        return Then(tx => tx.SetProfileValue(null, null, profileField, value));
    }

    /// <summary>Removes a category; see <see cref="CustomerArchive.RemoveCategory"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ChangeBatch RemoveCategory(string dimension, string code)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.NullOrEmpty(code);
        return Then(tx => tx.RemoveCategory(dimension, code));
    }

    /// <summary>Moves every customer of one leaf category to another; see <see cref="CustomerArchive.MoveCustomers"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="fromLeaf">The category the customers leave.</param>
    /// <param name="toLeaf">The leaf category they join.</param>
    /// <param name="lockOverride">The override needed when a customer has transactions, or null.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ChangeBatch MoveCustomers(string dimension, string fromLeaf, string toLeaf, LockOverride? lockOverride = null)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.NullOrEmpty(fromLeaf);
        Guard.Against.NullOrEmpty(toLeaf);
        return Then(tx => tx.MoveCustomers(dimension, fromLeaf, toLeaf, lockOverride));
    }

    /// <summary>Merges a category (and its subtree) into another; see <see cref="CustomerArchive.MergeCategory"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="from">The category merged away.</param>
    /// <param name="into">The category kept.</param>
    /// <param name="lockOverride">The override needed when a customer moved has transactions, or null.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ChangeBatch MergeCategory(string dimension, string from, string into, LockOverride? lockOverride = null)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.NullOrEmpty(from);
        Guard.Against.NullOrEmpty(into);
        return Then(tx => tx.MergeCategory(dimension, from, into, lockOverride));
    }

    /// <summary>Splits a leaf into new children with its customers; see <see cref="CustomerArchive.SplitCategory"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="leaf">The leaf split.</param>
    /// <param name="children">The new children (code and name), each directly under the leaf.</param>
    /// <param name="assignments">The child of each customer given one, by customer code; the others go to <paramref name="rest"/>.</param>
    /// <param name="rest">The child of every customer not assigned.</param>
    /// <param name="lockOverride">The override needed when a customer moved has transactions, or null.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is null, or a child's code or name is.</exception>
    /// <exception cref="ArgumentException">An argument is empty, no child is given, or two children have one code.</exception>
    public ChangeBatch SplitCategory(string dimension, string leaf, IEnumerable<CategoryRow> children, IReadOnlyDictionary<string, string> assignments, string rest, LockOverride? lockOverride = null)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.NullOrEmpty(leaf);
        Guard.Against.NullOrEmpty(rest);
        var list = Guard.Against.Null(children).ToArray();
        if (list.Any(c => c.Code is null || c.Name is null))
        {
            throw new ArgumentNullException(nameof(children));
        }

        if (list.Length == 0 || list.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException(Messages.Get("SplitChildrenInvalid"), nameof(children));
        }

        var assigned = Guard.Against.Null(assignments).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return Then(tx => tx.SplitCategory(dimension, leaf, list, assigned, rest, lockOverride));
    }

    /// <summary>Moves or re-codes a category with its subtree and customers; see <see cref="CustomerArchive.MoveCategory"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category's code now.</param>
    /// <param name="newCode">Its new code (under its new parent).</param>
    /// <param name="lockOverride">The override needed when a customer moved has transactions, or null.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ChangeBatch MoveCategory(string dimension, string code, string newCode, LockOverride? lockOverride = null)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.NullOrEmpty(code);
        Guard.Against.NullOrEmpty(newCode);
        return Then(tx => tx.MoveCategory(dimension, code, newCode, lockOverride));
    }

    /// <summary>Defines a custom field on the archive; see <see cref="CustomerArchive.DefineCustomField"/>.</summary>
    /// <param name="field">The field's definition.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public ChangeBatch DefineCustomField(CustomFieldDefinition field)
    {
        Guard.Against.Null(field);
        return Then(tx => tx.DefineCustomField(field));
    }

    /// <summary>Adds a classification dimension to the archive; see <see cref="CustomerArchive.AddDimension"/>.</summary>
    /// <param name="dimension">The dimension's definition.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public ChangeBatch AddDimension(DimensionDefinition dimension)
    {
        Guard.Against.Null(dimension);
        return Then(tx => tx.AddDimension(dimension));
    }

    /// <summary>Changes a dimension's coding scheme; see <see cref="CustomerArchive.ChangeScheme"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="scheme">The new scheme.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is empty.</exception>
    public ChangeBatch ChangeScheme(string dimension, CodingScheme scheme)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.Null(scheme);
        return Then(tx => tx.ChangeScheme(dimension, scheme));
    }

    /// <summary>Changes the credit grade scale; see <see cref="CustomerArchive.ChangeCreditGrades"/>.</summary>
    /// <param name="gradesBestFirst">The grades, best first.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gradesBestFirst"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">No grade, a blank grade, a grade given twice, or one that is not plain text of at most 100 characters.</exception>
    public ChangeBatch ChangeCreditGrades(IEnumerable<string> gradesBestFirst)
    {
        var grades = ArchiveSettings.GradeList(gradesBestFirst, nameof(gradesBestFirst));
        return Then(tx => tx.ChangeCreditGrades(grades));
    }

    private ChangeBatch SetActive(string dimension, string code, bool active)
    {
        Guard.Against.NullOrEmpty(dimension);
        Guard.Against.NullOrEmpty(code);
        return Then(tx => tx.SetCategoryActive(dimension, code, active));
    }

    /// <summary>Adds an operation of the archive's own (a request's replay or entry).</summary>
    internal ChangeBatch Do(Action<ArchiveTransaction> operation) => Then(operation);

    private ChangeBatch Then(Action<ArchiveTransaction> operation)
    {
        _operations.Add(operation);
        return this;
    }
}
