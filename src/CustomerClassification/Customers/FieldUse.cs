namespace CustomerClassification.Customers;

/// <summary>Where a catalogue field takes part beyond snapshots, which hold every field.</summary>
[Flags]
internal enum FieldUse
{
    None = 0,

    /// <summary>A change is one change-log entry under the field's name.</summary>
    Logged = 1,

    /// <summary>A column of customer files (CSV, .xlsx), imported and exported.</summary>
    Exported = 2,

    /// <summary>A field rules can read.</summary>
    Rules = 4,

    /// <summary>Set by the archive alone (<see cref="Archives.CustomerArchive.MarkTransacted"/>); only a snapshot restores it.</summary>
    ArchiveOnly = 8,

    /// <summary>A credit value (信用): changing it needs the <see cref="Archives.AccessRight.ChangeCredit"/> right.</summary>
    Credit = 16,

    All = Logged | Exported | Rules,
}
