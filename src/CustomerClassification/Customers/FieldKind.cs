namespace CustomerClassification.Customers;

/// <summary>What a field holds: it decides how the field is read from a cell, written to a file and compared in rules.</summary>
public enum FieldKind
{
    /// <summary>Text, compared ordinally.</summary>
    Text = 1,

    /// <summary>A decimal number; a cell is written with <c>.</c> as decimal point, group separators allowed.</summary>
    Number = 2,

    /// <summary>A calendar date, written <c>yyyy-MM-dd</c> (<c>yyyy/M/d</c> is read too).</summary>
    Date = 3,

    /// <summary>Yes or no: <c>true</c>/<c>false</c>, <c>是</c>/<c>否</c>, <c>yes</c>/<c>no</c>, <c>1</c>/<c>0</c>.</summary>
    YesNo = 4,

    /// <summary>The code of a leaf in a classification tree (客户分类, 地区分类, …).</summary>
    Dimension = 5,

    /// <summary>Payment terms such as <c>2/10,n/30</c> (<see cref="Customers.PaymentTerms"/>).</summary>
    PaymentTerms = 6,

    /// <summary>A tax id (<see cref="Customers.TaxId"/>).</summary>
    TaxId = 7,

    /// <summary>A set of tags, read with <c>has tag</c> in rules.</summary>
    Tags = 8,

    /// <summary>A list of texts, such as ship-to addresses.</summary>
    TextList = 9,

    /// <summary>A whole number, such as days or a count (an <see cref="int"/>); a cell is written without a decimal point.</summary>
    WholeNumber = 10,
}
