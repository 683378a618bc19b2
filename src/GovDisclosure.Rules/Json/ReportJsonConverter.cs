using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// 让宿主通过 <see cref="JsonSerializer"/> 绑定报告（如 ASP.NET Core 的请求体）。读取同样严格，但遇到错误即抛出
/// <see cref="JsonException"/>，消息为第一条发现的说明，<see cref="JsonException.Path"/>、<see cref="JsonException.LineNumber"/> 与
/// <see cref="JsonException.BytePositionInLine"/> 为其位置（从报告这个值的开头算起）；要得到全部发现，请用 <see cref="ReportJson.Read(ReadOnlySpan{byte}, JsonReadOptions?)"/>。
/// 不使用反射，可用于 AOT 和裁剪。
/// Lets a host bind reports through <see cref="JsonSerializer"/> (an ASP.NET Core request body, say). Reading is just as
/// strict, but the first error throws a <see cref="JsonException"/> carrying the first finding's message and its place in
/// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/>
/// (counted from the start of the report's value); to get every
/// finding, use <see cref="ReportJson.Read(ReadOnlySpan{byte}, JsonReadOptions?)"/>. No reflection: safe for AOT and trimming.
/// </summary>
public sealed class ReportJsonConverter : JsonConverter<AnnualReport>
{
    private readonly JsonReadOptions readOptions;
    private readonly JsonWriteOptions writeOptions;

    /// <summary>用默认选项新建转换器。Creates a converter with the default options.</summary>
    public ReportJsonConverter()
        : this(null, null)
    {
    }

    /// <summary>
    /// 用指定选项新建转换器。Creates a converter with the given options.
    /// </summary>
    /// <param name="readOptions">读取选项；null 为默认。Reading options; null for the defaults.</param>
    /// <param name="writeOptions">写出选项（仅 <see cref="JsonWriteOptions.SchemaReference"/> 起作用）；null 为默认。
    /// Writing options (only <see cref="JsonWriteOptions.SchemaReference"/> applies); null for the defaults.</param>
    public ReportJsonConverter(JsonReadOptions? readOptions, JsonWriteOptions? writeOptions)
    {
        this.readOptions = readOptions ?? JsonReadOptions.Default;
        this.writeOptions = writeOptions ?? JsonWriteOptions.Default;
    }

    /// <summary>
    /// 读取一份报告。Reads one report.
    /// </summary>
    /// <param name="reader">读取器。The reader.</param>
    /// <param name="typeToConvert">目标类型。The type to convert.</param>
    /// <param name="options">序列化选项。The serializer options.</param>
    /// <returns>报告。The report.</returns>
    /// <exception cref="JsonException">报告有错误。The report has an error.</exception>
    public override AnnualReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The serializer hands over one complete value; take its exact text so that the strict reader sees what was sent.
        using var document = JsonDocument.ParseValue(ref reader);
#if NET9_0_OR_GREATER
        var result = ReportJson.Read(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement), readOptions);
#else
        var result = ReportJson.Read(document.RootElement.GetRawText(), readOptions);
#endif
        return result.Report ?? throw Error(result.Findings[0], document.RootElement);
    }

    /// <summary>
    /// The exception for the first finding: its message, its place as a JSON path and, when the finding has a line, the
    /// line and byte position, all counted from the start of the report's value (0-based, as <see cref="JsonException"/> counts).
    /// A path set here also keeps the serializer from replacing the place with where its reader stopped: the end of the value.
    /// </summary>
    private static JsonException Error(Finding first, JsonElement value)
    {
        long? line = null;
        long? position = null;
        if (first.Line is { } number && number >= 1)
        {
            line = number - 1;
            var lines = value.GetRawText().Split('\n');
            if (number <= lines.Length && first.Column is { } column && column >= 1)
            {
                var text = lines[number - 1];
                position = Encoding.UTF8.GetByteCount(text.Substring(0, Math.Min(column - 1, text.Length)));
            }
        }

        return new JsonException(first.Message, JsonPath(first.Path), line, position);
    }

    /// <summary>A JSON Pointer written as the JSON path <see cref="JsonException.Path"/> uses: $.a.b, or $['a b'] for other names.</summary>
    private static string JsonPath(string pointer)
    {
        var path = new StringBuilder("$");
        if (pointer.Length == 0)
        {
            return path.ToString();
        }

        foreach (var token in pointer.Substring(1).Split('/'))
        {
            var name = token.Replace("~1", "/").Replace("~0", "~");
            var plain = name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_' || c == '$'));
            path.Append(plain ? "." + name : "['" + name.Replace("\\", "\\\\").Replace("'", "\\'") + "']");
        }

        return path.ToString();
    }

    /// <summary>
    /// 写出一份报告（规范的成员顺序）。Writes one report, in the canonical member order.
    /// </summary>
    /// <param name="writer">写入器。The writer.</param>
    /// <param name="value">报告。The report.</param>
    /// <param name="options">序列化选项。The serializer options.</param>
    public override void Write(Utf8JsonWriter writer, AnnualReport value, JsonSerializerOptions options) =>
        ReportJson.Write(writer, value, writeOptions);
}
