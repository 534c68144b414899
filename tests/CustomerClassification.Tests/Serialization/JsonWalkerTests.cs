using System.IO;
using System.Text.Json;
using CustomerClassification.Serialization;
using NodaTime;

namespace CustomerClassification.Tests.Serialization;

/// <summary>Dates are written by hand as NodaTime's converter writes them, which the readers read.</summary>
public class JsonWalkerTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(999, 12, 31)]
    [InlineData(1753, 1, 1)]
    [InlineData(2024, 2, 29)]
    [InlineData(9999, 12, 31)]
    [InlineData(-5, 6, 7)]
    [InlineData(0, 1, 1)]
    public void ADate_IsWrittenAsTheConverterWritesIt(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(Written(w => JsonSerializer.Serialize(w, date, JsonWalker.NodaOptions)), Written(w => JsonWalker.WriteDateValue(w, date)));
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
