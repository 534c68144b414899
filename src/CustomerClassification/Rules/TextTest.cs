namespace CustomerClassification.Rules;

/// <summary>The text tests of a text field or a dimension's code.</summary>
internal enum TextTest
{
    Equal = 1,
    Contains = 2,
    StartsWith = 3,
    Under = 4,
    In = 5,
}
