namespace CustomerClassification.Quality;

/// <summary>How much an audit finding matters.</summary>
public enum AuditSeverity
{
    /// <summary>Wrong data that misleads reports or credit control; fix it.</summary>
    Error = 1,

    /// <summary>Probably wrong; a person should look.</summary>
    Warning = 2,

    /// <summary>Worth knowing; often fine.</summary>
    Information = 3,
}
