using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CustomerClassification.Cli;

/// <summary>The <c>--json</c> output of the reporting commands: indented, camel-case names, Chinese text as is.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, object value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
