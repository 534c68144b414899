using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace CustomerClassification.Customers;

/// <summary>
/// A collection policy (催款策略): reminder levels by days overdue, a category-profile value (<c>collectionPolicy</c>) so that
/// each category has its own strategy and frequency (差异化的催款策略和提醒频率). Written
/// <c>1:7:提醒付款:邮件;2:30:催款函:电话;3:60:律师函:快递</c> — level, days overdue, text, channel (the channel may be left
/// out). Immutable; levels are numbered 1, 2, 3 … in order and their days strictly increase.
/// </summary>
public sealed class CollectionPolicy : IEquatable<CollectionPolicy>
{
    private static readonly char[] LevelSeparators = [';', '；', '\n'];
    private static readonly char[] PartSeparators = [':', '：'];

    /// <summary>Creates a policy of levels.</summary>
    /// <param name="levels">The levels, first level first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">No level, levels not numbered 1, 2, 3 … in order, days not increasing, a blank text, or a text with control characters or a separator.</exception>
    public CollectionPolicy(IEnumerable<ReminderLevel> levels)
    {
        var copy = Guard.Against.Null(levels).ToArray();
        if (Problem(copy) is { } problem)
        {
            throw new ArgumentException(problem, nameof(levels));
        }

        Levels = new ReadOnlyCollection<ReminderLevel>(copy);
    }

    /// <summary>Gets the levels, level 1 first.</summary>
    public IReadOnlyList<ReminderLevel> Levels { get; }

    /// <summary>Reads a policy as a profile or a file writes it (also with full-width ；and ：).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The policy, or a failure naming the part that is wrong.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<CollectionPolicy> Parse(string text)
    {
        Guard.Against.Null(text);
        var levels = new List<ReminderLevel>();
        foreach (var part in text.Split(LevelSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Trim().Length == 0)
            {
                continue;
            }

            var fields = part.Split(PartSeparators);
            if (fields.Length is < 3 or > 4
                || !int.TryParse(fields[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                || !int.TryParse(fields[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                return ParseResult<CollectionPolicy>.Fail(Messages.Format("CollectionLevelUnreadable", part.Trim()));
            }

            levels.Add(new ReminderLevel(level, days, fields[2].Trim(), fields.Length == 4 ? fields[3].Trim() : string.Empty));
        }

        return Problem(levels) is { } problem ? ParseResult<CollectionPolicy>.Fail(problem) : ParseResult<CollectionPolicy>.Ok(new CollectionPolicy(levels));
    }

    /// <summary>Gets the highest level whose days an item this many days overdue has reached, or 0 when none.</summary>
    /// <param name="daysOverdue">The days overdue.</param>
    /// <returns>The level, 0 to the number of levels.</returns>
    public int LevelFor(int daysOverdue)
    {
        var level = 0;
        foreach (var step in Levels)
        {
            level = daysOverdue >= step.DaysOverdue ? step.Level : level;
        }

        return level;
    }

    /// <summary>Returns the policy as <see cref="Parse"/> reads it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(";", Levels);

    /// <inheritdoc/>
    public bool Equals(CollectionPolicy? other) => other is not null && Levels.SequenceEqual(other.Levels);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CollectionPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => Levels.Aggregate(17, (hash, level) => unchecked((hash * 31) + level.GetHashCode()));

    private static string? Problem(IReadOnlyList<ReminderLevel> levels)
    {
        if (levels.Count == 0)
        {
            return Messages.Get("CollectionPolicyEmpty");
        }

        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i] ?? throw new ArgumentNullException(nameof(levels));
            if (level.Level != i + 1 || level.DaysOverdue < 1 || (i > 0 && level.DaysOverdue <= levels[i - 1].DaysOverdue))
            {
                return Messages.Format("CollectionLevelsOrder", level);
            }

            if (level.Text is null || level.Text.Trim().Length == 0 || level.Channel is null
                || (level.Text + level.Channel).IndexOfAny([.. LevelSeparators, .. PartSeparators]) >= 0
                || Customer.TextProblem(level.Text, "collectionPolicy") is not null || Customer.TextProblem(level.Channel, "collectionPolicy") is not null)
            {
                return Messages.Format("CollectionLevelText", level.Level);
            }
        }

        return null;
    }
}
