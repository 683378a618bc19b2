using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// 校验结果：全部发现（按文档位置、再按规则编号排列）及各级别的数量；没有错误级别的发现即为合格。
/// The result of a validation: every finding (in document order, then by rule ID) and the count at each severity; valid
/// when no finding is an error.
/// </summary>
/// <remarks>
/// 序列化为 schema/validation-result.schema.json 规定的 JSON：<c>valid</c>、<c>errors</c>、<c>warnings</c>、
/// <c>infos</c>、<c>findings</c>。
/// Serialises to the JSON of schema/validation-result.schema.json: <c>valid</c>, <c>errors</c>,
/// <c>warnings</c>, <c>infos</c>, <c>findings</c>.
/// </remarks>
public sealed class ValidationResult
{
    private readonly Finding[] findings;

    /// <summary>
    /// 由一组发现新建结果；发现按主位置在文档中的顺序、再按规则编号排列（其余相同者保持原顺序）。
    /// Creates a result from findings, ordered by the document position of their primary pointer, then by rule ID (ties
    /// keep their given order).
    /// </summary>
    /// <param name="findings">发现。The findings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> 或其中一条为 null。<paramref name="findings"/> or one of them is null.</exception>
    public ValidationResult(IEnumerable<Finding> findings)
    {
        Guard.Against.Null(findings);
        var given = new List<Finding>(findings);
        for (var i = 0; i < given.Count; i++)
        {
            Guard.Against.Null(given[i]);
            switch (given[i].Severity)
            {
                case Severity.Error: Errors++; break;
                case Severity.Warning: Warnings++; break;
                default: Infos++; break;
            }
        }

        this.findings = InDocumentOrder(given);
    }

    /// <summary>没有任何发现的结果（共享实例）。The result with no finding (a shared instance).</summary>
    public static ValidationResult Empty { get; } = new([]);

    /// <summary>是否合格：没有错误级别的发现。Whether the report is valid: no finding is an error.</summary>
    public bool Valid => Errors == 0;

    /// <summary>错误的数量。The number of errors.</summary>
    public int Errors { get; }

    /// <summary>警告的数量。The number of warnings.</summary>
    public int Warnings { get; }

    /// <summary>提示的数量。The number of infos.</summary>
    public int Infos { get; }

    /// <summary>全部发现，按文档位置、再按规则编号排列。Every finding, in document order, then by rule ID.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>
    /// 写成 JSON 文本（中文不转义）。Writes the result as JSON text (Chinese left unescaped).
    /// </summary>
    /// <param name="indented">是否缩进。Whether to indent.</param>
    /// <returns>JSON 文本。The JSON text.</returns>
    public string ToJson(bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder, Indented = indented }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// 把结果作为一个 JSON 对象写入。Writes the result as one JSON object.
    /// </summary>
    /// <param name="writer">JSON 写入器。The JSON writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> 为 null。<paramref name="writer"/> is null.</exception>
    public void WriteTo(Utf8JsonWriter writer)
    {
        Guard.Against.Null(writer);
        writer.WriteStartObject();
        WritePropertiesTo(writer);
        writer.WriteEndObject();
    }

    /// <summary>
    /// 只写入结果的各成员，写入调用方已开始的对象中，以便调用方加入自己的成员（如文件名）。
    /// Writes only the result's members, into an object the caller has started, so that the caller can add its own
    /// members (such as the file name).
    /// </summary>
    /// <param name="writer">JSON 写入器，位于一个对象之内。The JSON writer, inside an object.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> 为 null。<paramref name="writer"/> is null.</exception>
    public void WritePropertiesTo(Utf8JsonWriter writer)
    {
        Guard.Against.Null(writer);
        writer.WriteBoolean("valid", Valid);
        writer.WriteNumber("errors", Errors);
        writer.WriteNumber("warnings", Warnings);
        writer.WriteNumber("infos", Infos);
        FindingJson.WriteArray(writer, findings);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"valid: {(Valid ? "true" : "false")}, errors: {Errors}, warnings: {Warnings}, infos: {Infos}";

    private static Finding[] InDocumentOrder(List<Finding> given)
    {
        // Sorting with the given position as the last key keeps equal findings in their given order (Array.Sort is not stable).
        var order = new int[given.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byDocument = DocumentOrder.Compare(given[a], given[b]);
            return byDocument != 0 ? byDocument : a.CompareTo(b);
        });

        var sorted = new Finding[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = given[order[i]];
        }

        return sorted;
    }
}
