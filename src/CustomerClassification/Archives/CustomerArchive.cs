using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>
/// The customer archive (客户档案): customers, their classification in 客户分类, 地区分类 and further
/// dimensions, and the change log. Every change goes through here, is checked against the domain rules,
/// applies completely or not at all, and is recorded with who and when.
/// </summary>
/// <remarks>
/// <para>
/// Rules: customer codes are unique; a customer is on a leaf of each dimension it is in, and in a customer
/// category when <see cref="ArchiveSettings.CustomersClassified"/>; a category with customers gets no
/// children and cannot be removed; a customer with transactions cannot be removed, and reclassifying it
/// needs a <see cref="LockOverride"/>, which is recorded.
/// </para>
/// <para>
/// Errors: arguments (null, empty) throw the <see cref="ArgumentException"/> family; a broken rule throws
/// <see cref="ClassificationException"/> carrying every violation, and <see cref="Apply(ChangeBatch, string)"/> returns them
/// instead. Either way the archive is observably the same as before.
/// </para>
/// <para>
/// Concurrency: one writer at a time (writes are serialized by a lock); any number of readers. Reads go to
/// the current <see cref="ArchiveSnapshot"/>, which a write replaces by reference, so a reader never sees
/// half a change. Hold <see cref="Snapshot"/> to read several things consistently.
/// </para>
/// </remarks>
public sealed partial class CustomerArchive : IReadOnlyCollection<Customer>
{
    private readonly object _writeGate = new();

    // True while a batch runs; the write gate is re-entrant, so a change function calling back into the archive would
    // otherwise commit inside the outer batch and be overwritten by it.
    private bool _running;
    private readonly IClock _clock;
    private readonly ChangeLogStore _store = new();
    private ArchiveSnapshot _snapshot;

    /// <summary>Creates an empty archive: no customers and empty category trees for every dimension.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="clock">The clock that dates the change log.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CustomerArchive(ArchiveSettings settings, IClock clock)
    {
        Guard.Against.Null(settings);
        _clock = Guard.Against.Null(clock);
        var names = settings.DimensionNamesInUse;
        _snapshot = new ArchiveSnapshot(
            settings,
            settings.CaseSensitiveCodes ? BucketMap<Customer>.Empty : BucketMap<Customer>.EmptyIgnoringCase,
            names.ToDictionary(n => n, n => new CategoryTree(settings.SchemeOf(n)!).Seal(), StringComparer.Ordinal),
            names.ToDictionary(n => n, _ => CustomerGroups.Empty, StringComparer.Ordinal),
            CustomerGroups.Empty,
            BucketMap<string[]>.Empty,
            new ChangeLog(_store, 0, settings.CodeComparer),
            ProfileBook.Empty);
    }

    /// <summary>Gets the current snapshot: the whole archive as of the last change, immutable.</summary>
    public ArchiveSnapshot Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Gets the customers as they are now, in code order (ordinal): the current <see cref="Snapshot"/>, which later changes do not alter.</summary>
    public IReadOnlyCollection<Customer> Customers => Snapshot;

    /// <summary>Gets the settings.</summary>
    public ArchiveSettings Settings => Snapshot.Settings;

    /// <summary>Gets the number of customers.</summary>
    public int Count => Snapshot.Count;

    /// <summary>Gets the change log as of now.</summary>
    public ChangeLog ChangeLog => Snapshot.ChangeLog;

    /// <inheritdoc cref="ArchiveSnapshot.Find"/>
    public Customer? Find(string code) => Snapshot.Find(code);

    /// <inheritdoc cref="ArchiveSnapshot.Get"/>
    public Customer Get(string code) => Snapshot.Get(code);

    /// <inheritdoc cref="ArchiveSnapshot.TryGet"/>
    public bool TryGet(string code, [NotNullWhen(true)] out Customer? customer) => Snapshot.TryGet(code, out customer);

    /// <inheritdoc cref="ArchiveSnapshot.FindByTaxId"/>
    public IReadOnlyList<Customer> FindByTaxId(TaxId taxId) => Snapshot.FindByTaxId(taxId);

    /// <inheritdoc cref="ArchiveSnapshot.SearchMnemonic"/>
    public IReadOnlyList<Customer> SearchMnemonic(string prefix) => Snapshot.SearchMnemonic(prefix);

    /// <inheritdoc cref="ArchiveSnapshot.CustomersIn"/>
    public IReadOnlyList<Customer> CustomersIn(string dimension, string categoryCode, bool includeDescendants) =>
        Snapshot.CustomersIn(dimension, categoryCode, includeDescendants);

    /// <inheritdoc cref="ArchiveSnapshot.CategoriesOf"/>
    public CategoryTree CategoriesOf(string dimension) => Snapshot.CategoriesOf(dimension);

    /// <summary>Gives a view of the archive limited to a data scope (数据权限): it shows only customers in scope and refuses changes outside it.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public ScopedArchive ScopedTo(DataScope scope) => new(this, Guard.Against.Null(scope));

    /// <summary>
    /// Adds a customer. A missing mnemonic code is generated from the name. The customer's code must be
    /// new; it must be on a leaf of every dimension it names (and in a customer category when customers are
    /// classified); its custom fields must be defined, of the right type, and every required one present.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="actor">Who makes the change, for the change log.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is blank or holds a control character.</exception>
    /// <exception cref="ClassificationException">A rule is broken; <see cref="ClassificationException.Violations"/> lists every problem. Nothing changed.</exception>
    public Customer Add(Customer customer, string actor) => (Customer)Single(new ChangeBatch().Add(customer), actor);

    /// <summary>
    /// Changes a customer: <paramref name="change"/> makes the new version from the current one (usually
    /// <c>c => c with { … }</c>), which is then checked like an added customer. The code cannot change.
    /// Changing the classification of a customer with transactions needs <paramref name="lockOverride"/>.
    /// A mnemonic code generated from the old name follows a new name.
    /// </summary>
    /// <param name="code">The customer code.</param>
    /// <param name="change">Makes the changed customer.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <param name="lockOverride">The override for a locked reclassification, recorded with its reason; or null.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is null, or <paramref name="change"/> returns null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <paramref name="actor"/> is blank or holds a control character.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CustomerNotFound"/>, <see cref="ClassificationErrorCode.CustomerCodeChanged"/>,
    /// <see cref="ClassificationErrorCode.ClassificationLocked"/> or a rule of <see cref="Add"/>. Nothing changed.
    /// </exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.ReentrantChange"/>: called from inside a change function of a batch that is running on this archive; nothing changed.</exception>
    public Customer Update(string code, Func<Customer, Customer> change, string actor, LockOverride? lockOverride = null) =>
        (Customer)Single(new ChangeBatch().Update(code, change, lockOverride), actor);

    /// <summary>Deactivates a customer (停用) from a date; a deactivated customer gets no new orders on credit.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="date">The deactivation date, not before the development date.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <paramref name="actor"/> is blank or holds a control character.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CustomerNotFound"/>, <see cref="ClassificationErrorCode.CustomerAlreadyDeactivated"/> or
    /// <see cref="ClassificationErrorCode.DeactivatedBeforeDeveloped"/>. Nothing changed.
    /// </exception>
    public Customer Deactivate(string code, LocalDate date, string actor) => (Customer)Single(new ChangeBatch().Deactivate(code, date), actor);

    /// <summary>
    /// Puts a customer's credit on hold (冻结): every order is blocked with <see cref="Credit.CreditReasonKind.CreditHold"/>
    /// naming the reason, whatever the limit, until <see cref="ReleaseCredit"/>. Unlike deactivation the customer stays
    /// active in every other respect. Logged as <see cref="ChangeOperation.CreditHeld"/>.
    /// </summary>
    /// <param name="code">The customer code.</param>
    /// <param name="reasonCode">The reason code (冻结原因码), such as <c>R01</c>.</param>
    /// <param name="text">The text (冻结说明), or null.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty, the reason code or the actor blank, or a text too long or with control characters.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/> or <see cref="ClassificationErrorCode.CustomerOnCreditHold"/>. Nothing changed.</exception>
    public Customer HoldCredit(string code, string reasonCode, string? text, string actor) => (Customer)Single(new ChangeBatch().HoldCredit(code, reasonCode, text), actor);

    /// <summary>Releases a customer's credit hold (解冻); logged as <see cref="ChangeOperation.CreditReleased"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <param name="reason">Why, recorded with the entry, or null.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty, the actor blank, or the reason too long or with control characters.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/> or <see cref="ClassificationErrorCode.CustomerNotOnCreditHold"/>. Nothing changed.</exception>
    public Customer ReleaseCredit(string code, string actor, string? reason = null) => (Customer)Single(new ChangeBatch().ReleaseCredit(code, reason), actor);

    /// <summary>
    /// Grants a customer a temporary increase of its credit limit (临时额度) from one day to another, both included; it
    /// replaces any earlier one. A credit check adds it to the effective limit only on those days. Logged as
    /// <see cref="ChangeOperation.TemporaryLimitGranted"/> with the earlier and the new grant.
    /// </summary>
    /// <param name="code">The customer code.</param>
    /// <param name="amount">The increase, 0 or more.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or the actor blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative or above the largest amount.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/> or <see cref="ClassificationErrorCode.CreditControlValueInvalid"/> (the start after the end). Nothing changed.</exception>
    public Customer GrantTemporaryLimit(string code, decimal amount, LocalDate from, LocalDate to, string actor) =>
        (Customer)Single(new ChangeBatch().GrantTemporaryLimit(code, amount, from, to), actor);

    /// <summary>
    /// Records in the change log that an order over a credit limit was approved (信用审批, as <c>CreditCheck.Approve</c>
    /// decides): <see cref="ChangeOperation.CreditApproved"/> with the order, the excess and the approver. The customer is
    /// not changed.
    /// </summary>
    /// <param name="code">The customer code.</param>
    /// <param name="approver">Who approved.</param>
    /// <param name="orderAmount">The order approved.</param>
    /// <param name="excess">The excess over the limit approved.</param>
    /// <param name="actor">Who records it.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty, or the approver or actor blank or with control characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not a valid amount.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>. Nothing recorded.</exception>
    public void RecordCreditApproval(string code, string approver, decimal orderAmount, decimal excess, string actor) =>
        Single(new ChangeBatch().RecordCreditApproval(code, approver, orderAmount, excess), actor);

    /// <summary>Makes a deactivated customer active again.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <paramref name="actor"/> is blank or holds a control character.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/> or <see cref="ClassificationErrorCode.CustomerNotDeactivated"/>. Nothing changed.</exception>
    public Customer Reactivate(string code, string actor) => (Customer)Single(new ChangeBatch().Reactivate(code), actor);

    /// <summary>Removes a customer that has no transactions.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The customer removed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <paramref name="actor"/> is blank or holds a control character.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/> or <see cref="ClassificationErrorCode.CustomerHasTransactions"/>. Nothing changed.</exception>
    public Customer Remove(string code, string actor) => (Customer)Single(new ChangeBatch().Remove(code), actor);

    /// <summary>Records that a customer has transactions (the host knows; the archive does not), which locks its classification. Marking it again changes nothing.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <paramref name="actor"/> is blank or holds a control character.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>. Nothing changed.</exception>
    public Customer MarkTransacted(string code, string actor) => (Customer)Single(new ChangeBatch().MarkTransacted(code), actor);

    /// <summary>
    /// Merges one customer into another (并户): the kept customer takes over the other's transactions, tags and
    /// ship-to addresses, and the other is removed. Its classification stays as it was.
    /// </summary>
    /// <param name="fromCode">The customer merged away.</param>
    /// <param name="intoCode">The customer kept; not deactivated.</param>
    /// <param name="reason">Why; recorded with every entry of the merge.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>What moved.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A code is empty, or the reason or the actor is blank.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.MergeIntoItself"/>, <see cref="ClassificationErrorCode.CustomerNotFound"/> or
    /// <see cref="ClassificationErrorCode.MergeTargetDeactivated"/>. Nothing changed.
    /// </exception>
    public MergeResult Merge(string fromCode, string intoCode, string reason, string actor) =>
        (MergeResult)Single(new ChangeBatch().Merge(fromCode, intoCode, reason), actor);

    /// <summary>Adds a category to a dimension's tree; refused under a category that has customers, since customers stay on leaves.</summary>
    /// <param name="dimension">The dimension, such as <see cref="DimensionNames.Category"/>.</param>
    /// <param name="code">The category code.</param>
    /// <param name="name">The category name.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The category added.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or the name is not valid.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.DimensionNotFound"/>, <see cref="ClassificationErrorCode.CategoryInUse"/> or a rule of
    /// <see cref="CategoryTreeBuilder.Add"/>. Nothing changed.
    /// </exception>
    public Category AddCategory(string dimension, string code, string name, string actor) =>
        (Category)Single(new ChangeBatch().AddCategory(dimension, code, name), actor);

    /// <summary>Renames a category of a dimension; always allowed.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <param name="name">The new name.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The category renamed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or the name is not valid.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/> or <see cref="ClassificationErrorCode.CategoryNotFound"/>. Nothing changed.</exception>
    public Category RenameCategory(string dimension, string code, string name, string actor) =>
        (Category)Single(new ChangeBatch().RenameCategory(dimension, code, name), actor);

    /// <summary>Sets or clears a category's description (描述); a change is logged (<see cref="ChangeOperation.CategoryDescribed"/>).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <param name="description">The description, or null or blank to clear it (see <see cref="CategoryTreeBuilder.Describe"/>).</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The category described.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty, or the description is too long or holds a control character.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>, <see cref="ClassificationErrorCode.CategoryNotFound"/> or <see cref="ClassificationErrorCode.OutsideDataScope"/>. Nothing changed.</exception>
    public Category DescribeCategory(string dimension, string code, string? description, string actor) =>
        (Category)Single(new ChangeBatch().DescribeCategory(dimension, code, description), actor);

    /// <summary>
    /// Disables a category (停用): it keeps its customers and children, but new customers, customers moved in and new
    /// children are refused with <see cref="ClassificationErrorCode.CategoryDisabled"/> until it is enabled again.
    /// Disabling a disabled category changes nothing and logs nothing.
    /// </summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The category, disabled.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>, <see cref="ClassificationErrorCode.CategoryNotFound"/> or <see cref="ClassificationErrorCode.OutsideDataScope"/>. Nothing changed.</exception>
    public Category DisableCategory(string dimension, string code, string actor) =>
        (Category)Single(new ChangeBatch().DisableCategory(dimension, code), actor);

    /// <summary>Enables a disabled category again (启用); enabling an enabled category changes nothing and logs nothing.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The category, enabled.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>, <see cref="ClassificationErrorCode.CategoryNotFound"/> or <see cref="ClassificationErrorCode.OutsideDataScope"/>. Nothing changed.</exception>
    public Category EnableCategory(string dimension, string code, string actor) =>
        (Category)Single(new ChangeBatch().EnableCategory(dimension, code), actor);

    /// <summary>
    /// Sets one value of a category's profile (its customers inherit it unless a nearer category or the customer sets
    /// it), or clears it with a null value. A change is logged with the value before and after (<see cref="ChangeOperation.ProfileChanged"/>).
    /// </summary>
    /// <param name="dimension">The category's dimension.</param>
    /// <param name="code">The category code.</param>
    /// <param name="field">The profile value, by name, label or alias (see <see cref="CategoryProfileFields"/>).</param>
    /// <param name="value">The value, of the field's kind; null clears it.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The category's profile after the change.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="KeyNotFoundException">No profile value is named <paramref name="field"/>.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.DimensionNotFound"/>, <see cref="ClassificationErrorCode.CategoryNotFound"/>,
    /// <see cref="ClassificationErrorCode.ProfileValueInvalid"/> (a value of another kind, or out of range) or
    /// <see cref="ClassificationErrorCode.OutsideDataScope"/>. Nothing changed.
    /// </exception>
    public CategoryProfile SetProfileValue(string dimension, string code, string field, object? value, string actor) =>
        (CategoryProfile)Single(new ChangeBatch().SetProfileValue(dimension, code, field, value), actor);

    /// <summary>Sets (or, with a null value, clears) one value of the archive's default profile, which applies where no customer or category sets it.</summary>
    /// <param name="field">The profile value, by name, label or alias.</param>
    /// <param name="value">The value, of the field's kind; null clears it.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The default profile after the change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is empty.</exception>
    /// <exception cref="KeyNotFoundException">No profile value is named <paramref name="field"/>.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.ProfileValueInvalid"/> or <see cref="ClassificationErrorCode.OutsideDataScope"/> (a scoped view changes no defaults). Nothing changed.</exception>
    public CategoryProfile SetDefaultProfileValue(string field, object? value, string actor) =>
        (CategoryProfile)Single(new ChangeBatch().SetDefaultProfileValue(field, value), actor);

    /// <summary>
    /// Merges one category into another (合并): leaves, or subtrees of the same shape at the same level (each category under
    /// the source has a counterpart at the same place under the target; a leaf's counterpart is a leaf). The customers move
    /// to the counterparts, the target keeps its profile values, and the source's subtree is removed, as one logged batch
    /// (<see cref="ChangeOperation.CategoryMerged"/>). Customers with transactions move only with an override.
    /// </summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="from">The category merged away.</param>
    /// <param name="into">The category kept.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <param name="lockOverride">The override needed when a customer moved has transactions (its reason is logged), or null.</param>
    /// <returns>The customers moved, the codes removed, and the source's profile values that differ from the target's (dropped).</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CategoryNotFound"/>, <see cref="ClassificationErrorCode.CategoryReorganisationInvalid"/> (other levels,
    /// one under the other, shapes that differ: every such category named), <see cref="ClassificationErrorCode.ClassificationLocked"/> (a customer
    /// with transactions, without an override), <see cref="ClassificationErrorCode.CategoryDisabled"/> or <see cref="ClassificationErrorCode.OutsideDataScope"/>. Nothing changed.
    /// </exception>
    public CategoryMerge MergeCategory(string dimension, string from, string into, string actor, LockOverride? lockOverride = null) =>
        (CategoryMerge)Single(new ChangeBatch().MergeCategory(dimension, from, into, lockOverride), actor);

    /// <summary>
    /// Splits a leaf that may have customers into new children (细化), as one logged batch: the children are added under it
    /// and each of its customers moves to the child assigned to it, or else to <paramref name="rest"/>, so that every
    /// customer lands in exactly one child. The leaf's profile stays with it and the children inherit it.
    /// </summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="leaf">The leaf split.</param>
    /// <param name="children">The new children (code and name), each directly under the leaf.</param>
    /// <param name="assignments">The child of each customer given one, by customer code (a rule's matches, a list).</param>
    /// <param name="rest">The child of every customer not assigned.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <param name="lockOverride">The override needed when a customer moved has transactions, or null.</param>
    /// <returns>The customers moved, as they are now.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty, no child is given, or two children have one code.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CategoryNotFound"/>, <see cref="ClassificationErrorCode.CategoryNotLeaf"/>,
    /// <see cref="ClassificationErrorCode.CategoryReorganisationInvalid"/> (a child not directly under the leaf, an assignment to no child or of
    /// no customer of the leaf, a rest that is not a child), a rule of <see cref="CategoryTreeBuilder.Add"/>,
    /// <see cref="ClassificationErrorCode.ClassificationLocked"/> or <see cref="ClassificationErrorCode.OutsideDataScope"/>. Nothing changed.
    /// </exception>
    public IReadOnlyList<Customer> SplitCategory(string dimension, string leaf, IEnumerable<CategoryRow> children, IReadOnlyDictionary<string, string> assignments, string rest, string actor, LockOverride? lockOverride = null) =>
        (Customer[])Single(new ChangeBatch().SplitCategory(dimension, leaf, children, assignments, rest, lockOverride), actor);

    /// <summary>
    /// Moves a category to another parent, or re-codes it (调整): its whole subtree is re-coded (the new code replaces the
    /// old as the prefix of every descendant), keeping names, descriptions, flags and profiles, and their customers move
    /// along, as one logged batch (<see cref="ChangeOperation.CategoryMoved"/> per category).
    /// </summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category's code now.</param>
    /// <param name="newCode">The new code; its parent (when it has one) must exist, be enabled and hold no customers.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <param name="lockOverride">The override needed when a customer moved has transactions, or null.</param>
    /// <returns>The customers moved, as they are now.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CategoryNotFound"/>, <see cref="ClassificationErrorCode.CodeDoesNotFitScheme"/> or
    /// <see cref="ClassificationErrorCode.DuplicateCategoryCode"/> (every new code that does not fit or exists, named),
    /// <see cref="ClassificationErrorCode.ParentCategoryMissing"/>, <see cref="ClassificationErrorCode.CategoryInUse"/>,
    /// <see cref="ClassificationErrorCode.CategoryDisabled"/>, <see cref="ClassificationErrorCode.CategoryReorganisationInvalid"/> (into itself),
    /// <see cref="ClassificationErrorCode.ClassificationLocked"/> or <see cref="ClassificationErrorCode.OutsideDataScope"/>. Nothing changed.
    /// </exception>
    public IReadOnlyList<Customer> MoveCategory(string dimension, string code, string newCode, string actor, LockOverride? lockOverride = null) =>
        (Customer[])Single(new ChangeBatch().MoveCategory(dimension, code, newCode, lockOverride), actor);

    /// <summary>
    /// Defines a custom field (自定义项) on an archive that already exists, as T3 lets a 自定义项 be added to an account set
    /// in use: the archive's <see cref="Settings"/> become new settings with the field, customers can hold values of it
    /// from the next operation of the batch on, and the change log records it (<see cref="ChangeOperation.CustomFieldDefined"/>).
    /// Rule sets compiled before (<see cref="Rules.RuleSet.Compile(System.Collections.Generic.IEnumerable{Rules.ClassificationRule}, ArchiveSnapshot)"/>)
    /// are for the old settings: compile them again.
    /// </summary>
    /// <param name="field">The field's definition.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The new settings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is empty.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CustomFieldNameTaken"/> (a dimension or custom field has the name),
    /// <see cref="ClassificationErrorCode.CustomFieldRequired"/> (a required field, while customers exist: they have no value)
    /// or <see cref="ClassificationErrorCode.OutsideDataScope"/> (a view limited by a data scope changes no settings). Nothing changed.
    /// </exception>
    public ArchiveSettings DefineCustomField(CustomFieldDefinition field, string actor) =>
        (ArchiveSettings)Single(new ChangeBatch().DefineCustomField(field), actor);

    /// <summary>
    /// Adds a classification dimension (分类维度) to an archive that already exists, with an empty category tree: customers
    /// can be classified in it from the next operation of the batch on. Logged (<see cref="ChangeOperation.DimensionAdded"/>);
    /// compile rule sets again afterwards.
    /// </summary>
    /// <param name="dimension">The dimension's definition.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The new settings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is empty.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CustomFieldNameTaken"/> (a dimension or custom field has the name, ignoring case) or
    /// <see cref="ClassificationErrorCode.OutsideDataScope"/>. Nothing changed.
    /// </exception>
    public ArchiveSettings AddDimension(DimensionDefinition dimension, string actor) =>
        (ArchiveSettings)Single(new ChangeBatch().AddDimension(dimension), actor);

    /// <summary>
    /// Changes a dimension's coding scheme (调整编码方案) as the business grows: a level added at the end (<c>2-3</c> →
    /// <c>2-3-3</c>) or the last level lengthened, allowed only when every existing code still fits and keeps its parent.
    /// Logged (<see cref="ChangeOperation.SchemeChanged"/>).
    /// </summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="scheme">The new scheme.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The new settings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CodeDoesNotFitScheme"/> or <see cref="ClassificationErrorCode.CategoryParentWouldChange"/>,
    /// one violation per such code; <see cref="ClassificationErrorCode.DimensionNotFound"/> or <see cref="ClassificationErrorCode.OutsideDataScope"/>. Nothing changed.
    /// </exception>
    public ArchiveSettings ChangeScheme(string dimension, CodingScheme scheme, string actor) =>
        (ArchiveSettings)Single(new ChangeBatch().ChangeScheme(dimension, scheme), actor);

    /// <summary>
    /// Changes the credit grade scale (信用等级, <see cref="ArchiveSettings.CreditGrades"/>): the grades customers may hold,
    /// best first. Refused while a customer, a category profile or the default profile holds a grade the new scale leaves
    /// out, naming each. Logged (<see cref="ChangeOperation.CreditGradesChanged"/>) when the scale differs.
    /// </summary>
    /// <param name="gradesBestFirst">The grades, best first.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The new settings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or the list holds null.</exception>
    /// <exception cref="ArgumentException">No grade, a blank grade, a grade given twice, one that is not plain text of at most 100 characters; an empty actor.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CreditGradeNotOnScale"/>, one violation per grade held that the scale leaves out;
    /// <see cref="ClassificationErrorCode.OutsideDataScope"/>. Nothing changed.
    /// </exception>
    public ArchiveSettings ChangeCreditGrades(IEnumerable<string> gradesBestFirst, string actor) =>
        (ArchiveSettings)Single(new ChangeBatch().ChangeCreditGrades(gradesBestFirst), actor);

    /// <summary>Removes a category of a dimension that has neither children nor customers.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The category code.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The category removed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.DimensionNotFound"/>, <see cref="ClassificationErrorCode.CategoryNotFound"/>,
    /// <see cref="ClassificationErrorCode.CategoryInUse"/> or <see cref="ClassificationErrorCode.CategoryHasChildren"/>. Nothing changed.
    /// </exception>
    public Category RemoveCategory(string dimension, string code, string actor) =>
        (Category)Single(new ChangeBatch().RemoveCategory(dimension, code), actor);

    /// <summary>Moves every customer of one category of a dimension to a leaf category, all or none.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="fromLeaf">The category the customers leave.</param>
    /// <param name="toLeaf">The leaf category they join.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <param name="lockOverride">The override needed when a moving customer has transactions; or null.</param>
    /// <returns>The customers moved, as stored.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CategoryNotFound"/>, <see cref="ClassificationErrorCode.CategoryNotLeaf"/> or
    /// <see cref="ClassificationErrorCode.ClassificationLocked"/> (one violation per locked customer). Nothing changed.
    /// </exception>
    public IReadOnlyList<Customer> MoveCustomers(string dimension, string fromLeaf, string toLeaf, string actor, LockOverride? lockOverride = null) =>
        (Customer[])Single(new ChangeBatch().MoveCustomers(dimension, fromLeaf, toLeaf, lockOverride), actor);

    /// <summary>
    /// Applies a batch as one unit: every operation, or — when any breaks a rule — none, with every violation
    /// (operation index, error code, values). Readers see the archive before or after the whole batch, never between.
    /// </summary>
    /// <param name="batch">The operations.</param>
    /// <param name="actor">Who makes the changes.</param>
    /// <returns>The violations, or the change-log entries written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is blank, or an update's change returned null or threw it; nothing changed.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.ReentrantChange"/>: called from inside a change function of a batch that is running on this archive; nothing changed.</exception>
    public BatchResult Apply(ChangeBatch batch, string actor) => ApplyWithin(batch, actor, DataScope.Unrestricted);

    /// <summary>
    /// Checks a batch without applying it (a dry run): the violations <see cref="Apply(ChangeBatch, string)"/> would report against the
    /// current snapshot. Nothing changes and nothing is logged; a concurrent write may change the answer.
    /// </summary>
    /// <param name="batch">The operations.</param>
    /// <returns>Every violation, each with its operation index; empty when <see cref="Apply(ChangeBatch, string)"/> would succeed now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    /// <exception cref="ArgumentException">An update's change returned null or threw it.</exception>
    public IReadOnlyList<Violation> Check(ChangeBatch batch)
    {
        Guard.Against.Null(batch);
        return Run(Snapshot, batch, "check", DataScope.Unrestricted).Violations;
    }

    /// <summary>Enumerates the customers in code order.</summary>
    /// <returns>The enumerator over the current snapshot.</returns>
    public IEnumerator<Customer> GetEnumerator() => Snapshot.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal BatchResult ApplyWithin(ChangeBatch batch, string actor, DataScope scope)
    {
        var transaction = Execute(batch, actor, scope);
        return new BatchResult(transaction.Violations, transaction.Violations.Count == 0 ? transaction.Entries : []);
    }

    internal object Single(ChangeBatch batch, string actor, DataScope? scope = null)
    {
        var transaction = Execute(batch, actor, scope ?? DataScope.Unrestricted);
        var violations = transaction.Violations;
        if (violations.Count == 0)
        {
            return transaction.Result!;
        }

        throw Refused(violations);
    }

    // One exception for every violation: the first's code and message, and how many more.
    private static ClassificationException Refused(IReadOnlyList<Violation> violations)
    {
        var first = violations[0];
        return violations.Count == 1
            ? new ClassificationException(first)
            : new ClassificationException(first.Error, Messages.Format("MoreProblems", first.Message, violations.Count - 1), violations);
    }

    /// <summary>
    /// Fills a new, empty archive with saved contents (categories and customers), checked by every rule of
    /// <see cref="Apply(ChangeBatch, string)"/>, and takes the saved change log in place of the entries the additions would write.
    /// </summary>
    /// <returns>The violations; when there are any, the archive stays empty.</returns>
    internal IReadOnlyList<Violation> Restore(ChangeBatch contents, IReadOnlyList<ChangeLogEntry> savedLog)
    {
        if (Snapshot.ChangeLog.Count > 0 || Snapshot.Count > 0)
        {
            throw new InvalidOperationException("Only a new, empty archive can be restored.");
        }

        return Execute(contents, "restore", DataScope.Unrestricted, savedLog).Violations;
    }

    /// <summary>
    /// After <see cref="Restore"/>, adds values kept in a saved file's older place (its credit policies) to the profiles,
    /// where the profiles set nothing at the same place; no log entry, as the saved log already holds the history.
    /// </summary>
    internal void FillProfiles(string dimension, IEnumerable<(string? Code, CategoryProfileField Field, object Value)> values)
    {
        lock (_writeGate)
        {
            var snapshot = _snapshot;
            Volatile.Write(ref _snapshot, snapshot.WithProfiles(snapshot.Profiles.Filled(dimension, snapshot.CategoriesOf(dimension), values)));
        }
    }

    private ArchiveTransaction Execute(ChangeBatch batch, string actor, DataScope scope, IReadOnlyList<ChangeLogEntry>? savedLog = null, AccessCheck? gate = null)
    {
        Guard.Against.Null(batch);
        Guard.Against.NullOrWhiteSpace(actor);
        Customer.PlainText(actor, nameof(actor));
        lock (_writeGate)
        {
            if (_running)
            {
                throw new ClassificationException(ClassificationErrorCode.ReentrantChange, Messages.Get("Reentrant"));
            }

            _running = true;
            try
            {
                var transaction = Run(_snapshot, batch, actor.Trim(), scope, restoring: savedLog is not null, gate);
                if (transaction.Violations.Count == 0 && (batch.Count > 0 || savedLog is { Count: > 0 }))
                {
                    Volatile.Write(ref _snapshot, transaction.Commit(_store, savedLog));
                }

                return transaction;
            }
            finally
            {
                _running = false;
            }
        }
    }

    // Runs every operation on a private copy-on-write view of the snapshot; committing is the caller's choice.
    private ArchiveTransaction Run(ArchiveSnapshot start, ChangeBatch batch, string actor, DataScope scope, bool restoring = false, AccessCheck? gate = null)
    {
        var transaction = new ArchiveTransaction(start, actor, _clock.GetCurrentInstant(), scope) { Restoring = restoring, Gate = gate };
        transaction.Expect(batch.Additions);
        foreach (var operation in batch.Operations)
        {
            transaction.Run(operation);
        }

        transaction.Finish();
        return transaction;
    }
}
