namespace CustomerClassification.Rules;

/// <summary>What a rule does to the customers it matches.</summary>
public enum RuleActionKind
{
    /// <summary>Puts the customer in a leaf category of a dimension (客户分类, 地区分类 or a further dimension).</summary>
    AssignCategory = 1,

    /// <summary>Sets the customer's credit grade (信用等级).</summary>
    SetCreditGrade = 2,

    /// <summary>Adds a tag to the customer, such as a watch list (观察名单).</summary>
    AddTag = 3,

    /// <summary>Sets the customer's own credit limit (信用额度) to an amount.</summary>
    SetCreditLimit = 4,

    /// <summary>Sets the customer's own payment terms (付款条件).</summary>
    SetPaymentTerms = 5,
}
