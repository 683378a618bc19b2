using System.Linq;
using System.Text;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>The encodings a published text file comes in, and its bytes with a byte-order mark where the encoding has one.</summary>
internal static class Encodings
{
    internal static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    internal static Encoding Utf8WithMark { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    internal static Encoding[] All { get; } = [new UTF8Encoding(false), Utf8WithMark, Encoding.Unicode, Encoding.BigEndianUnicode, Gb18030];

    internal static byte[] Bytes(string text, Encoding encoding) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
}
