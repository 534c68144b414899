using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq.Expressions;
using System.Threading;

namespace CustomerClassification.Customers;

/// <summary>
/// One customer field as the field catalogue (<see cref="CustomerFields"/>) declares it: its canonical name (the JSON
/// property, the English column header and the rule field name), its T3 Chinese label, the other names it is known by
/// (T3/U8 header variants, rule aliases), its kind, and where it takes part. Snapshots, customer files, rules and the
/// change log all read fields from here, so a field declared once appears in all of them.
/// </summary>
public sealed class CustomerField
{
    private readonly Action<CustomerBuilder, object?>? _set;
    private readonly Func<Customer, object?>? _stored;
    private readonly FieldUse _use;
    private readonly Type _valueType;
    private readonly bool _nullable;
    private Func<Customer, object?>? _get;

    internal CustomerField(string name, string label, FieldKind kind, LambdaExpression getter, Action<CustomerBuilder, object?>? set, FieldUse use, string[] aliases, Func<Customer, object?>? stored)
    {
        Name = name;
        Label = label;
        Kind = kind;
        Getter = getter;
        _set = set;
        _use = use;
        _stored = stored;
        Aliases = new ReadOnlyCollection<string>(aliases);
        _nullable = Nullable.GetUnderlyingType(getter.ReturnType) is not null;
        _valueType = Nullable.GetUnderlyingType(getter.ReturnType) ?? getter.ReturnType;
    }

    /// <summary>Gets the canonical name, camelCase: the JSON property, the English column header and the rule field name.</summary>
    public string Name { get; }

    /// <summary>Gets the T3 Chinese label, the column header of a Chinese export (客户编码, 信用额度, …).</summary>
    public string Label { get; }

    /// <summary>Gets the other names the field is known by, matched ignoring case: T3/U8 header variants and rule aliases.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Gets what the field holds.</summary>
    public FieldKind Kind { get; }

    /// <summary>Gets a value indicating whether a change of the field is one change-log entry under <see cref="Name"/>.</summary>
    public bool IsLogged => (_use & FieldUse.Logged) != FieldUse.None;

    /// <summary>Gets a value indicating whether the field is a column of customer files (CSV, .xlsx).</summary>
    public bool IsExported => (_use & FieldUse.Exported) != FieldUse.None;

    /// <summary>Gets a value indicating whether the field is a credit value (limit, grade, period, hold, temporary limit, payment terms), whose change needs <see cref="Archives.AccessRight.ChangeCredit"/>.</summary>
    public bool IsCredit => (_use & FieldUse.Credit) != FieldUse.None;

    /// <summary>Gets a value indicating whether rules can read the field.</summary>
    public bool IsRuleField => (_use & FieldUse.Rules) != FieldUse.None;

    /// <summary>Gets a value indicating whether the field is the customer's code, which is given when the customer is created and never set.</summary>
    public bool IsKey => _set is null;

    /// <summary>Gets the reading of the field as an expression over a <see cref="Customer"/>, which the rule compiler inlines.</summary>
    internal LambdaExpression Getter { get; }

    /// <summary>Tells whether a name is this field's name, label or one of its aliases, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name, such as <c>creditLimit</c>, <c>信用额度</c> or <c>grade</c>.</param>
    /// <returns>True when the name is one of the field's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool IsNamed(string name) => FieldNames.Match(AllNames, name);

    /// <summary>
    /// Gets the customer's value: a <see cref="string"/>, <see cref="decimal"/>, <see cref="NodaTime.LocalDate"/>,
    /// <see cref="bool"/>, <see cref="Customers.TaxId"/>, <see cref="Customers.PaymentTerms"/> or a list of texts, by
    /// <see cref="Kind"/>; null when the customer has none.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public object? GetValue(Customer customer)
    {
        Guard.Against.Null(customer);
        var get = Volatile.Read(ref _get);
        if (get is null)
        {
            get = Expression.Lambda<Func<Customer, object?>>(Expression.Convert(Getter.Body, typeof(object)), Getter.Parameters).Compile();
            Volatile.Write(ref _get, get);
        }

        return get(customer);
    }

    /// <summary>Gets the customer's value as text, the form files and the change log use (<c>80000</c>, <c>2024-01-31</c>, <c>2/10,n/30</c>); null when it has none.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The text, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public string? FormatValue(Customer customer) => FieldText.Format(GetValue(customer));

    /// <summary>
    /// Gets the customer's value as text the way a file keeps it: as <see cref="FormatValue"/>, but null for a value the
    /// library derives (a mnemonic code generated from the name), so that after a round trip it keeps following its source.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The text, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public string? FormatStoredValue(Customer customer) => FieldText.Format(Stored(Guard.Against.Null(customer)));

    /// <summary>
    /// Reads a value from text, as a spreadsheet cell holds it: numbers with <c>.</c> as decimal point, dates
    /// <c>yyyy-MM-dd</c> or <c>yyyy/M/d</c>, yes/no as <c>是</c>/<c>否</c> or <c>true</c>/<c>false</c>, lists separated by commas or semicolons.
    /// </summary>
    /// <param name="text">The text, not empty.</param>
    /// <returns>The value, of the type <see cref="GetValue"/> returns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a value of the field's kind; the message says why (a date that does not exist names the month's days).</exception>
    public object? ParseValue(string text) => CustomerFields.ParseValue(Kind, text);

    /// <summary>Returns a copy of the customer with the field set to a value of the type <see cref="GetValue"/> returns; the customer's own checks apply.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="value">The value, or null to clear it.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null, or a required value is null.</exception>
    /// <exception cref="ArgumentException">The value has the wrong type or breaks the customer's rules (too long, out of range, …).</exception>
    /// <exception cref="InvalidOperationException">The field is the code (<see cref="IsKey"/>), which is never set, or one only the archive sets (<c>hasTransactions</c>, through <see cref="Archives.CustomerArchive.MarkTransacted"/>).</exception>
    public Customer SetValue(Customer customer, object? value)
    {
        Guard.Against.Null(customer);
        return Set(customer, Checked(value));
    }

    /// <summary>Sets a value already of the field's type, also one only the archive sets: for readers and restoring a snapshot.</summary>
    internal Customer Set(Customer customer, object? value)
    {
        var builder = customer.ToBuilder();
        Assign(builder, value);
        return builder.Build();
    }

    /// <summary>Sets a value already of the field's type (a list never null) on a builder, whose setter checks it as the customer's property does.</summary>
    internal void Assign(CustomerBuilder builder, object? value)
    {
        if (_set is null)
        {
            throw new InvalidOperationException($"The {Name} is given when a customer is created and never changes.");
        }

        _set(builder, value);
    }

    /// <summary>Returns the canonical name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    // A value SetValue takes: of the field's type, null only where the field may be empty, never for a field the archive sets.
    internal object? Checked(object? value)
    {
        if ((_use & FieldUse.ArchiveOnly) != FieldUse.None)
        {
            throw new InvalidOperationException($"The {Name} is set by the archive (CustomerArchive.MarkTransacted), not on a customer.");
        }

        if (value is null && _valueType.IsValueType && !_nullable)
        {
            throw new ArgumentNullException(nameof(value), $"The {Name} always has a value.");
        }

        return value is null || _valueType.IsInstanceOfType(value)
            ? value
            : throw new ArgumentException($"The {Name} takes a {_valueType.Name}, not a {value.GetType().Name}.", nameof(value));
    }

    internal IEnumerable<string> AllNames => FieldNames.Of(Name, Label, Aliases);

    /// <summary>The value a file keeps: the same as <see cref="GetValue"/> except for values the library derives (a generated mnemonic code).</summary>
    /// <summary>Whether the field has no value of its own to leave unset (a plain flag, off unless set): false is then its absence.</summary>
    internal bool IsPlainFlag => _valueType == typeof(bool) && !_nullable;

    internal object? Stored(Customer customer) => _stored is null ? GetValue(customer) : _stored(customer);
}
