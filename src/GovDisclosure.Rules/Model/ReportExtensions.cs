using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules;

/// <summary>
/// 报告的 <c>extensions</c> 成员：宿主自定义的任意 JSON 对象。按其紧凑 JSON 文本比较。
/// The report's <c>extensions</c> member: any JSON object a host adds. Compared by its compact JSON text.
/// </summary>
/// <remarks>
/// 成员顺序、数字的写法和字符串内容都原样保留；只去掉了成员之间的空白。
/// Member order, the spelling of numbers and string contents are kept; only white space between tokens is dropped.
/// </remarks>
public sealed class ReportExtensions : IEquatable<ReportExtensions>
{
    /// <summary>The deepest nesting read or written, so that any extensions the JSON reader accepts can be kept and written back.</summary>
    internal const int MaxDepth = 256;

    private ReportExtensions(string json) => Json = json;

    /// <summary>紧凑形式的 JSON 对象文本。The JSON object as compact text.</summary>
    public string Json { get; }

    /// <summary>
    /// 由一段 JSON 对象文本创建。Creates extensions from the text of a JSON object.
    /// </summary>
    /// <param name="json">一个 JSON 对象。A JSON object.</param>
    /// <returns>扩展内容。The extensions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> 为 null。<paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException">文本不是一个 JSON 对象。The text is not one JSON object.</exception>
    public static ReportExtensions Parse(string json)
    {
        Guard.Against.Null(json);
        try
        {
            return FromUtf8(Encoding.UTF8.GetBytes(json));
        }
        catch (JsonException e)
        {
            throw new ArgumentException("extensions 必须是一个 JSON 对象。extensions must be one JSON object: " + e.Message, nameof(json), e);
        }
    }

    /// <summary>
    /// 由一个 JSON 元素创建。Creates extensions from a JSON element.
    /// </summary>
    /// <param name="element">一个 JSON 对象。A JSON object.</param>
    /// <returns>扩展内容。The extensions.</returns>
    /// <exception cref="ArgumentException">元素不是对象。The element is not an object.</exception>
    public static ReportExtensions FromElement(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("extensions 必须是一个 JSON 对象。extensions must be a JSON object.", nameof(element));
        }

        return Parse(element.GetRawText());
    }

    /// <summary>
    /// 以 <see cref="JsonElement"/> 形式读取内容（每次调用得到独立的副本）。Reads the content as a <see cref="JsonElement"/> (a fresh copy each call).
    /// </summary>
    /// <returns>JSON 对象。The JSON object.</returns>
    public JsonElement ToElement()
    {
        using var document = JsonDocument.Parse(Json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        return document.RootElement.Clone();
    }

    /// <summary>Compacts one JSON object given as UTF-8; throws <see cref="JsonException"/> when it is not one.</summary>
    internal static ReportExtensions FromUtf8(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("not a JSON object");
        }

        using var buffer = new MemoryStream(utf8.Length);
        // Chinese unescaped, as the JSON writer writes it (Json/JsonText, which the model below it cannot name).
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            CopyValue(ref reader, writer);
        }

        if (reader.Read())
        {
            throw new JsonException("more than one JSON value");
        }

        return new ReportExtensions(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Copies the value the reader stands on, token by token, keeping numbers' spelling.</summary>
    internal static void CopyValue(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        var depth = reader.CurrentDepth;
        do
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                case JsonTokenType.PropertyName: writer.WritePropertyName(reader.GetString()!); break;
                case JsonTokenType.String: writer.WriteStringValue(reader.GetString()); break;
                case JsonTokenType.Number: writer.WriteRawValue(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray(), skipInputValidation: true); break;
                case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                case JsonTokenType.Null: writer.WriteNullValue(); break;
            }

            if (reader.CurrentDepth == depth && reader.TokenType is not JsonTokenType.PropertyName and not JsonTokenType.StartObject and not JsonTokenType.StartArray)
            {
                return;
            }
        }
        while (reader.Read());
    }

    /// <summary>Writes the content into a JSON writer as one value.</summary>
    internal void WriteTo(Utf8JsonWriter writer)
    {
        var utf8 = Encoding.UTF8.GetBytes(Json);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        reader.Read();
        CopyValue(ref reader, writer);
    }

    /// <inheritdoc/>
    public bool Equals(ReportExtensions? other) => other is not null && string.Equals(Json, other.Json, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportExtensions);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Json);

    /// <inheritdoc/>
    public override string ToString() => Json;
}
