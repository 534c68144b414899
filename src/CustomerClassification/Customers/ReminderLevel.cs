namespace CustomerClassification.Customers;

/// <summary>
/// One level of a collection policy (催款策略): from how many days overdue it applies, what the reminder says and how it is
/// sent. Immutable.
/// </summary>
/// <param name="Level">The level, 1 for the first reminder.</param>
/// <param name="DaysOverdue">The days an item must be overdue for this level, at least 1.</param>
/// <param name="Text">What the reminder is (提醒付款, 催款函, 律师函 …).</param>
/// <param name="Channel">How it is sent (邮件, 电话, 快递 …), or empty.</param>
public sealed record ReminderLevel(int Level, int DaysOverdue, string Text, string Channel)
{
    /// <summary>Returns the level as a policy writes it: <c>1:7:提醒付款:邮件</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(":", Level, DaysOverdue, Text, Channel).TrimEnd(':');
}
