using System.Linq;
using System.Text;

namespace CustomerClassification.Rules;

/// <summary>How one rule came out for one customer: the verdict, the rule that beat it, and its condition tree with the values seen.</summary>
public sealed class RuleExplanation
{
    internal RuleExplanation(ClassificationRule rule, RuleVerdict verdict, ClassificationRule? winner, ConditionExplanation condition)
    {
        Rule = rule;
        Verdict = verdict;
        Winner = winner;
        Condition = condition;
    }

    /// <summary>Gets the rule.</summary>
    public ClassificationRule Rule { get; }

    /// <summary>Gets the verdict.</summary>
    public RuleVerdict Verdict { get; }

    /// <summary>Gets the rule that won the same target when <see cref="Verdict"/> is <see cref="RuleVerdict.Lost"/>; otherwise null.</summary>
    public ClassificationRule? Winner { get; }

    /// <summary>Gets the condition tree with results and values seen (evaluated even when the rule is disabled or out of its period).</summary>
    public ConditionExplanation Condition { get; }

    /// <summary>Returns the verdict line followed by the condition tree, indented.</summary>
    /// <returns>The explanation as lines of text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString().TrimEnd();
    }

    internal void Write(StringBuilder text)
    {
        var verdict = Verdict switch
        {
            RuleVerdict.Won => Messages.Get("VerdictWon"),
            RuleVerdict.Lost when Winner!.Priority > Rule.Priority => Messages.Format("VerdictLostPriority", Winner.Name, Winner.Priority, Rule.Priority),
            RuleVerdict.Lost => Messages.Format("VerdictLostOrder", Winner!.Name, Rule.Priority),
            RuleVerdict.NotMatched => Messages.Get("VerdictNotMatched"),
            RuleVerdict.Disabled => Messages.Get("VerdictDisabled"),
            _ => Messages.Get("VerdictOutsidePeriod"),
        };
        text.Append(Messages.Format("RuleLine", Rule.Name, Rule.Action, Rule.Priority, verdict)).AppendLine();
        Condition.Write(text, 2);
    }
}
