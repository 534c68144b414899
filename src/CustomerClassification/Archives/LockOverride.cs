namespace CustomerClassification.Archives;

/// <summary>
/// An explicit override of the classification lock: a customer with transactions keeps its categories
/// (T3 locks them once transactions exist) unless a change carries an override with a reason. The reason
/// is recorded in the change log with the reclassification.
/// </summary>
public sealed record LockOverride
{
    /// <summary>Creates an override.</summary>
    /// <param name="reason">Why the locked classification may change; trimmed, not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank, or holds a control character, a lone surrogate or an invisible format character.</exception>
    public LockOverride(string reason)
    {
        Reason = Guard.Against.NullOrWhiteSpace(reason).Trim();
        if (PlainText.Problem(Reason, Messages.Get("WhatReason")) is { } problem)
        {
            throw new ArgumentException(problem, nameof(reason));
        }
    }

    /// <summary>Gets why the locked classification may change.</summary>
    public string Reason { get; }
}
