using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PySec.Text;

namespace PySec.Reports;

/// <summary>The JSON writing shared by the JSON and SARIF reports: indented, '\n' line ends, non-ASCII text kept readable.</summary>
internal static class ReportJson
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    /// <summary>1-based line and UTF-16 column of the start and of the (exclusive) end.</summary>
    public static void WriteRange(Utf8JsonWriter writer, LinePositionSpan location)
    {
        writer.WriteNumber("line", location.Start.Line + 1);
        writer.WriteNumber("column", location.Start.Character + 1);
        writer.WriteNumber("endLine", location.End.Line + 1);
        writer.WriteNumber("endColumn", location.End.Character + 1);
    }
}
