using System.IO;
using System.Text;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Hostile.Spreadsheets;

// A GB18030 file with a UTF-8 row pasted in, and bytes neither encoding has: problems of their rows, never garbled names.
[EnglishMessages]
public sealed class CsvEncodingHostileTests
{
    [Fact]
    public void AUtf8RowInAGb18030File_AndBytesGb18030LacksAreProblemsOfTheirRows()
    {
        var gb = CustomerCsv.GB18030;
        var bytes = new List<byte>();
        bytes.AddRange(gb.GetBytes("客户编码,客户名称,所属分类码\r\nC001,上海华联,01001\r\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("C002,苏州新星,01001\r\n"));
        bytes.AddRange([.. gb.GetBytes("C003,北京"), 0x80, .. gb.GetBytes(",01001\r\n")]);
        var archive = SampleArchive.Create();
        var snapshot = archive.Snapshot;

        var report = CustomerCsv.Import(new MemoryStream(bytes.ToArray()), archive, "导入");

        Assert.Equal("gb18030", report.Encoding.WebName);
        Assert.Equal([3, 4], report.Problems.Select(p => p.Row));
        Assert.StartsWith("The row is UTF-8 in a file read as gb18030", report.Problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("The row holds bytes that are not gb18030", report.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal((3, 0), (report.RowCount, report.ImportedCount));
        Assert.Same(snapshot, archive.Snapshot);

        var valid = CustomerCsv.Import(new MemoryStream(bytes.ToArray()), archive, "导入", new ImportOptions { ImportValidRows = true });

        Assert.Equal(1, valid.ImportedCount);
        Assert.Equal("上海华联", archive.Get("C001").Name);
    }

    [Fact]
    public void AByteThatIsNotUtf8_InAFileWithAUtf8Mark_IsAProblemOfItsRow()
    {
        var bytes = new List<byte> { 0xEF, 0xBB, 0xBF };
        bytes.AddRange(Encoding.UTF8.GetBytes("客户编码,客户名称,所属分类码\r\nC001,上海华联,01001\r\n"));
        bytes.AddRange([.. Encoding.UTF8.GetBytes("C002,苏州"), 0xFF, .. Encoding.UTF8.GetBytes(",01001\r\n")]);

        var report = CustomerCsv.Import(new MemoryStream(bytes.ToArray()), SampleArchive.Create(), "导入", new ImportOptions { ImportValidRows = true });

        Assert.Equal(3, report.Problems.Single().Row);
        Assert.StartsWith("The row holds bytes that are not utf-8", report.Problems.Single().Message, StringComparison.Ordinal);
        Assert.Equal((2, 1), (report.RowCount, report.ImportedCount));
    }

    [Fact]
    public void AStreamThatNeverEnds_IsReadOnlyUpToTheLimit()
    {
        var archive = SampleArchive.Create();

        var report = CategoryCsv.Import(new Endless(), archive, "category", "导入");

        Assert.False(report.Readable);
        Assert.StartsWith("The file is larger than 536,870,912 bytes", report.Problems.Single().Message, StringComparison.Ordinal);
    }

    // /dev/zero: zeros for ever, no length.
    private sealed class Endless : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
