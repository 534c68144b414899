namespace CustomerClassification.Rules;

/// <summary>The kind of a literal in a rule condition.</summary>
public enum RuleValueKind
{
    /// <summary>A number such as <c>50000</c>, <c>5万</c> or <c>1.2亿</c>; compared with number fields.</summary>
    Number = 1,

    /// <summary>A text in quotes such as <c>'经销商'</c>; compared with text fields and category codes.</summary>
    Text = 2,

    /// <summary>A date such as <c>2024-01-01</c>; compared with date fields.</summary>
    Date = 3,

    /// <summary><c>true</c> or <c>false</c>; compared with yes/no fields.</summary>
    Boolean = 4,
}
