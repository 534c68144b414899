namespace CustomerClassification.Serialization;

/// <summary>One problem of a snapshot document: where (a JSON path such as <c>$.customers[12].category</c>) and what.</summary>
/// <param name="Path">The JSON path of the offending value, <c>$</c> for the document itself.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
public sealed record SnapshotProblem(string Path, string Message)
{
    /// <summary>Returns the path and the message, such as <c>$.customers[3].category: Customer 'C004' is in category '0109', which does not exist.</c></summary>
    /// <returns>The path, a colon and the message.</returns>
    public override string ToString() => Path + ": " + Message;
}
