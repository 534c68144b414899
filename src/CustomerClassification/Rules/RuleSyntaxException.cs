using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>
/// Rule text, a rule file or a rule set is not valid: a syntax error, an unknown field (with the closest known
/// names), a type mismatch, an unknown category code, a limit exceeded. <see cref="Errors"/> holds every
/// problem found (every broken rule of a file or set, not just the first); the other properties describe
/// the first. Nothing is compiled or loaded when this is thrown.
/// </summary>
public sealed class RuleSyntaxException : FormatException
{
    /// <summary>Creates the exception from one or more errors.</summary>
    /// <param name="errors">The errors, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public RuleSyntaxException(IEnumerable<RuleSyntaxError> errors)
        : this(Checked(errors))
    {
    }

    private RuleSyntaxException(RuleSyntaxError[] errors)
        : base(errors.Length == 1 ? errors[0].ToString() : FormattableString.Invariant($"{errors[0]} ({errors.Length - 1} more problems, see Errors.)"))
    {
        Errors = ReadOnly.Of(errors);
    }

    /// <summary>Gets every problem found, in the order of the rules and of the text.</summary>
    public IReadOnlyList<RuleSyntaxError> Errors { get; }

    /// <summary>Gets the 1-based line of the first problem, or 0 when it is not in a text.</summary>
    public int Line => Errors[0].Line;

    /// <summary>Gets the 1-based column of the first problem, or 0 when it is not in a text.</summary>
    public int Column => Errors[0].Column;

    /// <summary>Gets the offending text of the first problem.</summary>
    public string Text => Errors[0].Text;

    /// <summary>Gets what was expected at the first problem.</summary>
    public IReadOnlyList<string> Expected => Errors[0].Expected;

    private static RuleSyntaxError[] Checked(IEnumerable<RuleSyntaxError> errors)
    {
        var array = Guard.Against.Null(errors).ToArray();
        if (Array.IndexOf(array, null) >= 0)
        {
            throw new ArgumentNullException(nameof(errors), "An error is null.");
        }

        return array.Length > 0 ? array : throw new ArgumentException("At least one error is needed.", nameof(errors));
    }
}
