using System;

namespace CustomerClassification.Spreadsheets;

/// <summary>Whether bytes are valid UTF-8 (shortest forms, no surrogates), without an exception: most lines of a GB18030 file are not.</summary>
internal static class Utf8Text
{
    public static bool IsValid(ReadOnlySpan<byte> bytes) =>
#if NETSTANDARD2_0
        ByHand(bytes);
#else
        System.Text.Unicode.Utf8.IsValid(bytes);
#endif

    /// <summary>The check of the netstandard2.0 build, compiled in both so that the .NET 8 tests hold it to the framework's.</summary>
    public static bool ByHand(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length;)
        {
            var b = bytes[i];
            var (length, min) = b switch
            {
                < 0x80 => (1, 0),
                >= 0xC2 and <= 0xDF => (2, 0x80),
                >= 0xE0 and <= 0xEF => (3, 0x800),
                >= 0xF0 and <= 0xF4 => (4, 0x10000),
                _ => (0, 0),
            };
            if (length == 0 || i + length > bytes.Length)
            {
                return false;
            }

            var code = length == 1 ? b : b & (0xFF >> (length + 1));
            for (var k = 1; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }

                code = (code << 6) | (bytes[i + k] & 0x3F);
            }

            if (code < min || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            {
                return false;
            }

            i += length;
        }

        return true;
    }
}
