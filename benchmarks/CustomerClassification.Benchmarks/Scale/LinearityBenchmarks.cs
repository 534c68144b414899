using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using NodaTime;

namespace CustomerClassification.Benchmarks.Scale;

/// <summary>
/// The inputs hostile files are made of, at n, 2n, 4n and 8n (#16: 8× the input must take at most 10× the time):
/// customers sharing one tax id, one mnemonic group and one name; an <c>and</c> chain compiled; rule files and
/// snapshots loaded (plain and gzip-compressed); one add into, and one reclassification out of, a category of n customers
/// (#28: each must cost O(log n), not a copy of the category). Read the Mean column down each method: the ratio of 8n to n is the figure.
/// </summary>
[MemoryDiagnoser]
public class LinearityBenchmarks
{
    private static readonly TaxId Shared = TaxId.Parse("91350100M000100Y43");
    private Customer[] _sameTaxId = null!;
    private Customer[] _sameName = null!;
    private RuleCondition _chain = null!;
    private ArchiveSnapshot _tree = null!;
    private string _ruleFile = null!;
    private byte[] _snapshot = null!;
    private byte[] _compressed = null!;
    private CustomerArchive _category = null!;
    private byte[] _workbook = null!;
    private int _added;

    /// <summary>Gets or sets n: customers for the groups and the snapshot, rules of the file, terms of the chain (n / 100).</summary>
    [Params(10_000, 20_000, 40_000, 80_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string Code(int i) => "C" + i.ToString("D7", CultureInfo.InvariantCulture);
        _sameTaxId = Enumerable.Range(0, N).Select(i => new Customer(Code(i), SampleCustomers.Name(i)) { TaxId = Shared }).ToArray();
        _sameName = Enumerable.Range(0, N).Select(i => new Customer(Code(i), "上海华联商贸有限公司")).ToArray();
        _chain = Enumerable.Range(0, N / 100).Select(i => RuleCondition.Parse(FormattableString.Invariant($"years >= {i % 7}"))).Aggregate((a, b) => a.And(b));
        _tree = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2"), customersClassified: false), SystemClock.Instance).Snapshot;
        _ruleFile = RuleFile.ToJson(Enumerable.Range(0, N).Select(i => new ClassificationRule(Code(i), RuleCondition.Parse("years >= 1 且 sales > 5万"), RuleAction.AddTag("x"))));
        var archive = SampleCustomers.Build(N);
        using var stream = new MemoryStream();
        SnapshotJson.Write(new AccountSet(archive), stream, indented: false);
        _snapshot = stream.ToArray();
        using (var packed = new MemoryStream())
        {
            using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(_snapshot);
            }

            _compressed = packed.ToArray();
        }

        _workbook = WholeSheetDeclared(archive.Snapshot);
        _category = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2")), SystemClock.Instance);
        var fill = new ChangeBatch().AddCategory(DimensionNames.Category, "01", "批发").AddCategory(DimensionNames.Category, "02", "零售");
        foreach (var i in Enumerable.Range(0, N))
        {
            fill.Add(new Customer(Code(i), SampleCustomers.Name(i)) { CategoryCode = "01" });
        }

        _category.Apply(fill, "bench");
    }

    [Benchmark(Baseline = true)]
    public int CustomersSharingOneTaxId() => Archive(_sameTaxId).Count;

    [Benchmark]
    public int CustomersSharingOneName() => Archive(_sameName).Count;

    [Benchmark]
    public int AndChainOfN100thTerms() => RuleSet.Compile([new ClassificationRule("链", _chain, RuleAction.AddTag("x"))], _tree).Rules.Count;

    [Benchmark]
    public int RuleFileOfNRules() => RuleFile.FromJson(_ruleFile).Count;

    [Benchmark]
    public int SnapshotOfNCustomers() => SnapshotJson.Read(new MemoryStream(_snapshot, writable: false), SystemClock.Instance).Archive.Count;

    [Benchmark]
    public int GzipSnapshotOfNCustomers() => SnapshotJson.Read(new MemoryStream(_compressed, writable: false), SystemClock.Instance).Archive.Count;

    // One more customer into the category of n (the category grows by the iterations, a few thousand at most).
    [Benchmark]
    public int OneAddIntoACategoryOfN() => _category.Add(new Customer("X" + (_added++).ToString("D8", CultureInfo.InvariantCulture), "新客户") { CategoryCode = "01" }, "bench").Code.Length;

    // The middle customer of the category of n moved out and back: two reclassifications.
    [Benchmark]
    public int OneReclassificationOutOfACategoryOfNAndBack()
    {
        var code = "C" + (N / 2).ToString("D7", CultureInfo.InvariantCulture);
        _category.Update(code, c => c with { CategoryCode = "02" }, "bench");
        return _category.Update(code, c => c with { CategoryCode = "01" }, "bench").Code.Length;
    }

    // The customers of n rows exported to a workbook whose sheet declares the whole sheet as its range (#28 row 1).
    [Benchmark]
    public int WorkbookOfNRowsDeclaringTheWholeSheet()
    {
        var archive = new CustomerArchive(SampleCustomers.Settings, SystemClock.Instance);
        archive.Apply(SampleCustomers.Categories(), "bench");
        return CustomerClassification.Spreadsheets.CustomerWorkbook.Import(new MemoryStream(_workbook, writable: false), archive, "bench").ImportedCount;
    }

    private static byte[] WholeSheetDeclared(ArchiveSnapshot snapshot)
    {
        using var stream = new MemoryStream();
        CustomerClassification.Spreadsheets.CustomerWorkbook.Export(snapshot, stream);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(System.Text.RegularExpressions.Regex.Replace(xml, "dimension ref=\"[^\"]*\"", "dimension ref=\"A1:XFD1048576\""));
        }

        return stream.ToArray();
    }

    private static CustomerArchive Archive(Customer[] customers)
    {
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2"), customersClassified: false), SystemClock.Instance);
        var batch = new ChangeBatch();
        foreach (var customer in customers)
        {
            batch.Add(customer);
        }

        return archive.Apply(batch, "bench").Succeeded ? archive : throw new InvalidOperationException("refused");
    }
}
