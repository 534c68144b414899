using System.Text;
using System.Text.Json;
using CustomerClassification.Serialization;
using NodaTime.Text;

namespace CustomerClassification.Tests.Serialization;

public class JsonTokensTests
{
    // Days read without a string give what NodaTime's ISO pattern gives; anything else still goes to the pattern.
    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2024-1-01x")]
    [InlineData("2024/01/01")]
    [InlineData("２０２４-01-01")]
    [InlineData("2024-01-01 ")]
    [InlineData("\\u0032024-01-01")]
    public void Date_ReadsAsTheIsoPatternReads(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("\"" + json + "\""));
        reader.Read();

        var read = JsonTokens.Date(ref reader);
        var expected = LocalDatePattern.Iso.Parse(JsonDocument.Parse("\"" + json + "\"").RootElement.GetString()!);

        Assert.Equal(expected.Success, read.Success);
        if (expected.Success)
        {
            Assert.Equal(expected.Value, read.Value);
        }
    }
}
