using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Cli;

/// <summary>
/// The options <c>aging</c> and <c>provision</c> share (model, open items, day, <c>--by</c> a dimension or <c>group</c>,
/// encoding, <c>--out</c>, <c>--json</c>) and the aging report they read into.
/// </summary>
internal sealed class AgingOptions
{
    private readonly Option<FileInfo> _model = CliOptions.Model();
    private readonly Option<FileInfo> _openItems = CliOptions.File("--open-items", CliText.Get("HelpOpenItems"), required: true);
    private readonly Option<LocalDate?> _asOf = CliOptions.AsOf();
    private readonly Option<string> _by = new("--by") { Description = CliText.Get("HelpAgingBy"), DefaultValueFactory = _ => DimensionNames.Category };
    private readonly Option<string> _encoding = CliOptions.Encoding();
    private readonly Option<FileInfo> _output = CliOptions.File("--out", CliText.Get("HelpAgingOut"));

    public Option<bool> Json { get; } = CliOptions.Json();

    public Command Command(string name, string helpKey) => new(name, CliText.Get(helpKey)) { _model, _openItems, _asOf, _by, _encoding, _output, Json };

    /// <summary>Checks <c>--out</c> first, then loads the model and the open items and ages them by the dimension (by category when <c>--by group</c>).</summary>
    public Aged Read(CliContext context, ParseResult parse)
    {
        var file = TableFile.Checked(parse.GetValue(_output), parse.GetValue(_model)!, "--out");
        var accountSet = ModelFile.View(context, parse.GetValue(_model)!);
        var snapshot = accountSet.Archive.Snapshot;
        var byGroup = Tables.IsGroup(parse.GetValue(_by)!);
        var dimension = byGroup ? DimensionNames.Category : Tables.Dimension(snapshot, "--by", parse.GetValue(_by)!);
        var items = HostFiles.OpenItems(parse.GetValue(_openItems), CliOptions.EncodingOf(parse.GetValue(_encoding)), accountSet);
        var report = AgingReport.Build(snapshot, items, parse.GetValue(_asOf) ?? context.Today, dimension);
        return new Aged(file, snapshot, byGroup, byGroup ? CliText.Get("Groups") : UserText.DimensionLabel(dimension), items, report);
    }

    /// <summary>What was read: where to write, the snapshot, whether rows are groups, the first column's heading, the items and their aging.</summary>
    internal sealed record Aged(FileInfo? Out, ArchiveSnapshot Snapshot, bool ByGroup, string Label, IReadOnlyList<OpenItem> Items, AgingReport Report);
}
