using System.Text;
using CustomerClassification.Spreadsheets;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Spreadsheets;

// The netstandard2.0 build checks UTF-8 by hand: held to the framework's strict decoder and to .NET 8's check.
public class Utf8TextTests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool DecodesStrictly(byte[] bytes)
    {
        try
        {
            Strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    [ScaledProperty(MaxTest = 2000)]
    public bool AgreesWithTheStrictDecoder_OnAnyBytes(byte[] bytes) => Utf8Text.ByHand(bytes) == DecodesStrictly(bytes) && Utf8Text.IsValid(bytes) == DecodesStrictly(bytes);

    [ScaledProperty(MaxTest = 500)]
    public bool AcceptsEveryEncodedText(string text) =>
        Utf8Text.ByHand(Encoding.UTF8.GetBytes(text)) || text.Any(char.IsSurrogate);

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 }, false)]
    [InlineData(new byte[] { 0xE0, 0x80, 0x80 }, false)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, false)]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, false)]
    [InlineData(new byte[] { 0xE4, 0xB8, 0xAD }, true)]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, true)]
    [InlineData(new byte[] { 0xD6, 0xD0 }, false)]
    public void OverlongSurrogateAndGb18030Bytes_AreNotUtf8(byte[] bytes, bool valid) => Assert.Equal((valid, valid), (Utf8Text.ByHand(bytes), Utf8Text.IsValid(bytes)));
}
