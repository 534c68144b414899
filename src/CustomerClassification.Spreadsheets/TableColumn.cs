using System;
using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Customers;
using CustomerClassification.Rules;

namespace CustomerClassification.Spreadsheets;

/// <summary>A column of a host-data table: its Chinese and English headers, the other headers it is known by, and whether the file must have it.</summary>
internal sealed record TableColumn(string Chinese, string English, bool Required = true, IReadOnlyList<string>? Aliases = null)
{
    /// <summary>The customer-code column every host table has, named as the field catalogue names the code.</summary>
    public static TableColumn CustomerCode { get; } = new(CustomerFields.Code.Label, "customerCode", Aliases: [CustomerFields.Code.Name, .. CustomerFields.Code.Aliases]);

    /// <summary>An optional column for a built-in rule field, under the field's label, name and aliases.</summary>
    public static TableColumn Of(string fieldName)
    {
        var field = ProfileFields.Get(fieldName);
        return new(field.Label, field.Name, Required: false, field.Aliases);
    }

    /// <summary>Tells whether a header names this column, ignoring case.</summary>
    public bool IsNamed(string header) => Names(header, Chinese, English, Aliases);

    /// <summary>How every table, host data or customers, matches a header: its Chinese or English header or an alias, ignoring case.</summary>
    public static bool Names(string header, string chinese, string english, IReadOnlyList<string>? aliases) =>
        header.Equals(chinese, StringComparison.OrdinalIgnoreCase) || header.Equals(english, StringComparison.OrdinalIgnoreCase)
        || (aliases?.Any(a => header.Equals(a, StringComparison.OrdinalIgnoreCase)) ?? false);
}
