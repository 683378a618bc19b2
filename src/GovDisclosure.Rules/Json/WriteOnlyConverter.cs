using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// A converter that writes a value through one of the library's hand-written writers, so that any serializer gives the
/// schema's JSON without reflection. The results it serves are produced by the library, never read back.
/// </summary>
internal sealed class WriteOnlyConverter<T>(Action<Utf8JsonWriter, T> write) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"{typeToConvert.Name} 只写不读：它由本库产生。{typeToConvert.Name} is written, not read: the library produces it.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
}
