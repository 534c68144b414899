namespace CustomerClassification.Quality;

/// <summary>The host's limits on the shape of its trees that the audit checks (<see cref="ArchiveAudit.RunWith"/>).</summary>
public sealed record AuditLimits
{
    private readonly int? _maxDepth;
    private readonly int _maxChildren = 50;

    /// <summary>Gets the default limits: any depth the coding scheme allows, 50 children a category.</summary>
    public static AuditLimits Default { get; } = new();

    /// <summary>Gets the deepest level a category may have, or null for as deep as its dimension's coding scheme allows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int? MaxDepth { get => _maxDepth; init => _maxDepth = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("LimitAtLeastOne")) : value; }

    /// <summary>Gets the most children a category may have (50 by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxChildren { get => _maxChildren; init => _maxChildren = value < 1 ? throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("LimitAtLeastOne")) : value; }
}
