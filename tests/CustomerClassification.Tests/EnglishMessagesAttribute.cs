using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace CustomerClassification.Tests;

/// <summary>
/// Runs the tests of a class that compare English wording in English, whatever the suite's culture. CI runs the whole
/// suite under zh-CN as well: every other test then meets Chinese messages, so that a localised text used where a
/// stable name belongs (a field, a JSON path) fails a test.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
internal sealed class EnglishMessagesAttribute : BeforeAfterTestAttribute
{
    private CultureInfo? _before;

    public override void Before(MethodInfo methodUnderTest)
    {
        _before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    public override void After(MethodInfo methodUnderTest) => CultureInfo.CurrentUICulture = _before ?? CultureInfo.InvariantCulture;
}
