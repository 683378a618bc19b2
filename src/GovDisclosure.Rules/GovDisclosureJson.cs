using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules;

/// <summary>
/// 让任何 <see cref="JsonSerializer"/>（如 ASP.NET Core 端点的返回值）把 <see cref="ValidationResult"/>、<see cref="Finding"/>、
/// <see cref="ReportDiff"/> 与 <see cref="AggregationResult"/> 写成本库 Schema 的 JSON：经手写的写入器，不用反射，可用于 AOT 与裁剪。
/// Lets any <see cref="JsonSerializer"/> (such as an ASP.NET Core endpoint's return value) write
/// <see cref="ValidationResult"/>, <see cref="Finding"/>, <see cref="ReportDiff"/> and <see cref="AggregationResult"/> as
/// the library's schemas' JSON: through the hand-written writers, without reflection, safe under AOT and trimming.
/// </summary>
public static class GovDisclosureJson
{
    /// <summary>
    /// 四种结果类型的元数据解析器（对其他类型返回 null，以便放进解析器链）。
    /// The metadata resolver of the four result types (null for any other type, so that it can sit in a resolver chain).
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = new ResultResolver();

    /// <summary>
    /// 把 <see cref="TypeInfoResolver"/> 放在 <paramref name="options"/> 解析器链的最前面；调用方未选编码器时，改用本库的编码器
    /// （中文不转义），使输出与 <see cref="ValidationResult.ToJson"/>、<see cref="ReportDiffJson.ToJson"/> 逐字节相同。
    /// Puts <see cref="TypeInfoResolver"/> first in the resolver chain of <paramref name="options"/>; where the caller has
    /// chosen no encoder, uses the library's (Chinese left unescaped), so that the output equals
    /// <see cref="ValidationResult.ToJson"/> and <see cref="ReportDiffJson.ToJson"/> byte for byte.
    /// </summary>
    /// <param name="options">要配置的序列化选项（尚未使用）。The serializer options to configure (not used yet).</param>
    /// <returns>同一选项。The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> 为 null。<paramref name="options"/> is null.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        if (!options.TypeInfoResolverChain.Contains(TypeInfoResolver))
        {
            options.TypeInfoResolverChain.Insert(0, TypeInfoResolver);
        }

        options.Encoder ??= JsonText.Encoder;
        return options;
    }

    /// <summary>Value metadata around each writer: what the source generator emits for a type with its own converter.</summary>
    private sealed class ResultResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            Guard.Against.Null(type);
            Guard.Against.Null(options);
            if (type == typeof(ValidationResult))
            {
                return Info<ValidationResult>(options, (writer, result) => result.WriteTo(writer));
            }

            if (type == typeof(Finding))
            {
                return Info<Finding>(options, FindingJson.Write);
            }

            if (type == typeof(ReportDiff))
            {
                return Info<ReportDiff>(options, ReportDiffJson.Write);
            }

            return type == typeof(AggregationResult) ? Info<AggregationResult>(options, AggregationResultJson.Write) : null;
        }

        private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options, Action<Utf8JsonWriter, T> write) =>
            JsonMetadataServices.CreateValueInfo<T>(options, new WriteOnlyConverter<T>(write));
    }
}
