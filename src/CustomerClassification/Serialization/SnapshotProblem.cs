namespace CustomerClassification.Serialization;

/// <summary>One problem of a snapshot document: where (a JSON path such as <c>$.customers[12].category</c>) and what.</summary>
public sealed record SnapshotProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">The JSON path of the offending value, <c>$</c> for the document itself.</param>
    /// <param name="message">What is wrong, in a sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public SnapshotProblem(string path, string message)
    {
        Path = Guard.Against.NullOrWhiteSpace(path);
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>Gets the JSON path of the offending value, <c>$</c> for the document itself.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, in a sentence.</summary>
    public string Message { get; }

    /// <summary>Returns the path and the message, such as <c>$.customers[3].category: Customer 'C004' is in category '0109', which does not exist.</c></summary>
    /// <returns>The path, a colon and the message.</returns>
    public override string ToString() => Path + ": " + Message;
}
