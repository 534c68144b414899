using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>Why a rule set suggests what it does for one customer: every rule, in rule order, with its verdict and the values it saw.</summary>
public sealed class ClassificationExplanation
{
    internal ClassificationExplanation(string customerCode, LocalDate asOf, IReadOnlyList<RuleExplanation> rules)
    {
        CustomerCode = customerCode;
        AsOf = asOf;
        Rules = ReadOnly.Of(rules);
    }

    /// <summary>Gets the customer's code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the day the rules were evaluated on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the explanation of each rule, in the order of the rule set.</summary>
    public IReadOnlyList<RuleExplanation> Rules { get; }

    /// <summary>Gets the rules that won their target, in rule order.</summary>
    public IEnumerable<ClassificationRule> Winners => Rules.Where(r => r.Verdict == RuleVerdict.Won).Select(r => r.Rule);

    /// <summary>Returns a heading line and each rule's explanation.</summary>
    /// <returns>The explanation as lines of text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Messages.Format("ExplanationHeading", CustomerCode, AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).AppendLine();
        foreach (var rule in Rules)
        {
            rule.Write(text);
        }

        return text.ToString().TrimEnd();
    }
}
