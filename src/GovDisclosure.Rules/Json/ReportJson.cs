using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// 读写 docs/format.md 规定的 JSON 形式。读取是严格的：一次报告文档的全部问题（GDJ001–GDJ008），每条带 JSON Pointer、行号和列号；
/// 有错误时不返回报告，坏数据从不抛异常。写出的是规范形式：成员顺序同 docs/format.md，UTF-8，中文不转义。
/// Reads and writes the JSON form of docs/format.md. Reading is strict: it reports every problem of a document at once
/// (GDJ001–GDJ008), each with its JSON Pointer, line and column, returns no report when there is an error, and never
/// throws on bad data. Writing gives the canonical form: the member order of docs/format.md, UTF-8, Chinese unescaped.
/// </summary>
public static class ReportJson
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// 读取 UTF-8 JSON（可带 BOM）。Reads UTF-8 JSON (a BOM is allowed).
    /// </summary>
    /// <param name="utf8">文档的字节。The document's bytes.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <returns>报告（无错误时）和全部发现。The report (when there is no error) and every finding.</returns>
    public static LoadResult Read(ReadOnlySpan<byte> utf8, JsonReadOptions? options = null) =>
        ReportJsonReader.Read(utf8, options ?? JsonReadOptions.Default);

    /// <summary>
    /// Reads UTF-8 JSON that stays unchanged for as long as the result is used: its source map keeps the bytes rather
    /// than a copy. For the command line, which reads each file into a thread's buffer and validates it before the next.
    /// </summary>
    internal static LoadResult ReadKept(ReadOnlyMemory<byte> utf8, JsonReadOptions options) => ReportJsonReader.Read(utf8, options);

    /// <summary>
    /// 读取 JSON 文本。Reads JSON text.
    /// </summary>
    /// <param name="json">文档。The document.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <returns>报告（无错误时）和全部发现。The report (when there is no error) and every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> 为 null。<paramref name="json"/> is null.</exception>
    public static LoadResult Read(string json, JsonReadOptions? options = null)
    {
        Guard.Against.Null(json);
        options ??= JsonReadOptions.Default;

        // A string longer than the limit in UTF-16 units is longer still in UTF-8: no need to encode it.
        if (json.Length > options.MaxDocumentBytes)
        {
            return ReportJsonReader.TooLarge(options);
        }

        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            return ReportJsonReader.LoneSurrogate(json, e.Index, options);
        }

        // The bytes were made for this reading alone: the source map keeps them rather than a copy.
        return ReportJsonReader.Read(utf8.AsMemory(), options);
    }

    /// <summary>
    /// 从流中读取 UTF-8 JSON，至多读到大小上限（再多即为 GDJ007）。Reads UTF-8 JSON from a stream, up to the size limit (beyond it, GDJ007).
    /// </summary>
    /// <param name="utf8Json">流。The stream.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <returns>报告（无错误时）和全部发现。The report (when there is no error) and every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> 为 null。<paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">流读取失败，或流的 Read 返回负数或多于所给空间的字节数。The stream cannot be read, or its Read returns a negative count or more bytes than it was given room for.</exception>
    public static LoadResult Read(Stream utf8Json, JsonReadOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        options ??= JsonReadOptions.Default;
        var buffer = new StreamBuffer(utf8Json, options.MaxDocumentBytes);
        try
        {
            while (buffer.Prepare())
            {
                buffer.Advance(utf8Json.Read(buffer.Array, buffer.Length, buffer.Space));
            }

            return buffer.TooLarge ? ReportJsonReader.TooLarge(options) : ReportJsonReader.Read(buffer.Content, options);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>
    /// 异步从流中读取 UTF-8 JSON，至多读到大小上限。Reads UTF-8 JSON from a stream asynchronously, up to the size limit.
    /// </summary>
    /// <param name="utf8Json">流，如 HTTP 请求体。The stream, such as an HTTP request body.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <param name="cancellationToken">取消标记。The cancellation token.</param>
    /// <returns>报告（无错误时）和全部发现。The report (when there is no error) and every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> 为 null。<paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">流读取失败，或流的 Read 返回负数或多于所给空间的字节数。The stream cannot be read, or its Read returns a negative count or more bytes than it was given room for.</exception>
    /// <exception cref="OperationCanceledException">读取期间 <paramref name="cancellationToken"/> 被取消（每次读取之前都会检查）。<paramref name="cancellationToken"/> was cancelled while reading (checked before every read).</exception>
    public static async Task<LoadResult> ReadAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Json);
        options ??= JsonReadOptions.Default;
        var buffer = new StreamBuffer(utf8Json, options.MaxDocumentBytes);
        try
        {
            while (buffer.Prepare())
            {
                // Between reads too, for a stream that does not watch the token itself.
                cancellationToken.ThrowIfCancellationRequested();
                buffer.Advance(await utf8Json.ReadAsync(buffer.Array, buffer.Length, buffer.Space, cancellationToken).ConfigureAwait(false));
            }

            return buffer.TooLarge ? ReportJsonReader.TooLarge(options) : ReportJsonReader.Read(buffer.Content, options);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>
    /// 写成规范形式的 JSON 文本。Writes the canonical JSON text.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <param name="options">选项；null 为默认（缩进）。Options; null for the defaults (indented).</param>
    /// <returns>JSON 文本。The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> 为 null。<paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">报告缺少模型要求的成员（null），或有读取器会拒绝的数值（负数、超过 2^53 − 1 的件数、负的金额、0 至 9999 以外的年份）。The report lacks a member the model requires (null), or holds a figure the reader would refuse (a negative count or one above 2^53 − 1, a negative amount, a year outside 0 to 9999).</exception>
    public static string Write(AnnualReport report, JsonWriteOptions? options = null)
    {
        var utf8 = WriteUtf8(report, options);
        return Encoding.UTF8.GetString(utf8, 0, utf8.Length);
    }

    /// <summary>
    /// 写成规范形式的 UTF-8 字节（不带 BOM）。Writes the canonical form as UTF-8 bytes (no BOM).
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <returns>UTF-8 字节。The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> 为 null。<paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">报告缺少模型要求的成员（null），或有读取器会拒绝的数值（负数、超过 2^53 − 1 的件数、负的金额、0 至 9999 以外的年份）。The report lacks a member the model requires (null), or holds a figure the reader would refuse (a negative count or one above 2^53 − 1, a negative amount, a year outside 0 to 9999).</exception>
    public static byte[] WriteUtf8(AnnualReport report, JsonWriteOptions? options = null)
    {
        using var buffer = new MemoryStream(16 * 1024);
        Write(buffer, report, options);
        return buffer.ToArray();
    }

    /// <summary>
    /// 把规范形式写入流（UTF-8，不带 BOM）。Writes the canonical form to a stream (UTF-8, no BOM).
    /// </summary>
    /// <param name="utf8Json">目标流。The stream.</param>
    /// <param name="report">报告。The report.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException">参数为 null。An argument is null.</exception>
    /// <exception cref="ArgumentException">报告缺少模型要求的成员（null），或有读取器会拒绝的数值（负数、超过 2^53 − 1 的件数、负的金额、0 至 9999 以外的年份）。The report lacks a member the model requires (null), or holds a figure the reader would refuse (a negative count or one above 2^53 − 1, a negative amount, a year outside 0 to 9999).</exception>
    public static void Write(Stream utf8Json, AnnualReport report, JsonWriteOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(report);
        ModelCheck.RequireReadable(report, nameof(report));
        options ??= JsonWriteOptions.Default;
        using var writer = new Utf8JsonWriter(utf8Json, ReportJsonWriter.WriterOptions(options));
        ReportJsonWriter.Write(writer, report, options);
    }

    /// <summary>
    /// 把规范形式写入缓冲区。Writes the canonical form to a buffer.
    /// </summary>
    /// <param name="output">目标缓冲区。The buffer.</param>
    /// <param name="report">报告。The report.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException">参数为 null。An argument is null.</exception>
    /// <exception cref="ArgumentException">报告缺少模型要求的成员（null），或有读取器会拒绝的数值（负数、超过 2^53 − 1 的件数、负的金额、0 至 9999 以外的年份）。The report lacks a member the model requires (null), or holds a figure the reader would refuse (a negative count or one above 2^53 − 1, a negative amount, a year outside 0 to 9999).</exception>
    public static void Write(IBufferWriter<byte> output, AnnualReport report, JsonWriteOptions? options = null)
    {
        Guard.Against.Null(output);
        Guard.Against.Null(report);
        ModelCheck.RequireReadable(report, nameof(report));
        options ??= JsonWriteOptions.Default;
        using var writer = new Utf8JsonWriter(output, ReportJsonWriter.WriterOptions(options));
        ReportJsonWriter.Write(writer, report, options);
    }

    /// <summary>
    /// 用调用方的写入器写出报告（缩进和转义由该写入器决定；<see cref="JsonWriteOptions.Indented"/> 不起作用）。
    /// Writes the report with the caller's writer (its settings decide indentation and escaping; <see cref="JsonWriteOptions.Indented"/> has no effect).
    /// </summary>
    /// <param name="writer">写入器。The writer.</param>
    /// <param name="report">报告。The report.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException">参数为 null。An argument is null.</exception>
    /// <exception cref="ArgumentException">报告缺少模型要求的成员（null），或有读取器会拒绝的数值（负数、超过 2^53 − 1 的件数、负的金额、0 至 9999 以外的年份）。The report lacks a member the model requires (null), or holds a figure the reader would refuse (a negative count or one above 2^53 − 1, a negative amount, a year outside 0 to 9999).</exception>
    public static void Write(Utf8JsonWriter writer, AnnualReport report, JsonWriteOptions? options = null)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(report);
        ModelCheck.RequireReadable(report, nameof(report));
        ReportJsonWriter.Write(writer, report, options ?? JsonWriteOptions.Default);
    }
}
