namespace CustomerClassification.Archives;

/// <summary>A change as the log records it: a <see cref="ChangeLogEntry"/> written, or a <see cref="RequestedChange"/> to make.</summary>
internal interface ILoggedChange
{
    ChangeOperation Operation { get; }

    string? CustomerCode { get; }

    string? Dimension { get; }

    string? CategoryCode { get; }

    string? Field { get; }

    string? Before { get; }

    string? After { get; }
}
