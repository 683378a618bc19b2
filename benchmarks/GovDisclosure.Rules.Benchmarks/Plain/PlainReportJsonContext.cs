using System.Text.Json.Serialization;

namespace GovDisclosure.Rules.Benchmarks.Plain;

/// <summary>
/// Source-generated JsonSerializer metadata for the plain classes, configured as strictly as the serializer allows:
/// unknown members, numbers in strings and nulls in non-nullable members are rejected.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(PlainReport))]
public sealed partial class PlainReportJsonContext : JsonSerializerContext
{
}
