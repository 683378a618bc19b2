using GovDisclosure.Rules.Documents.Import;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>
/// Measures how deep the PDF's arrays and dictionaries nest before PdfPig parses them: PdfPig reports a nesting beyond
/// its stack limit with the same exception as any damage, so a file nested too deep would read as damaged (GDT008)
/// rather than as beyond a limit (GDT009). One pass over the bytes, skipping strings, comments and stream data.
/// (Objects packed in compressed object streams are not seen here.)
/// </summary>
internal static class NestingDepth
{
    private static readonly byte[] StreamKeyword = System.Text.Encoding.ASCII.GetBytes("stream");
    private static readonly byte[] EndStreamKeyword = System.Text.Encoding.ASCII.GetBytes("endstream");

    internal static void Check(byte[] bytes, int maxNesting)
    {
        var depth = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            switch (b)
            {
                case (byte)'%':
                    i = LineEnd(bytes, i);
                    continue;
                case (byte)'(':
                    i = StringEnd(bytes, i);
                    continue;
                case (byte)'[':
                    depth++;
                    break;
                case (byte)']':
                    depth = depth > 0 ? depth - 1 : 0;
                    break;
                case (byte)'<' when i + 1 < bytes.Length && bytes[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case (byte)'>' when i + 1 < bytes.Length && bytes[i + 1] == '>':
                    depth = depth > 0 ? depth - 1 : 0;
                    i++;
                    break;
                case (byte)'s' when At(bytes, i, StreamKeyword) && (i == 0 || !IsRegular(bytes[i - 1])):
                    // Stream data is binary: skip to its endstream, where brackets mean nothing.
                    var end = IndexOf(bytes, EndStreamKeyword, i + StreamKeyword.Length);
                    i = end < 0 ? bytes.Length : end + EndStreamKeyword.Length;
                    continue;
            }

            if (depth > maxNesting)
            {
                throw new ImportLimitException("Pdf.Nesting", maxNesting, i);
            }

            i++;
        }
    }

    private static int LineEnd(byte[] bytes, int i)
    {
        while (i < bytes.Length && bytes[i] != '\n' && bytes[i] != '\r')
        {
            i++;
        }

        return i;
    }

    /// <summary>The index just past a literal string's closing parenthesis; strings nest balanced parentheses and escape with a backslash.</summary>
    private static int StringEnd(byte[] bytes, int i)
    {
        var open = 0;
        for (; i < bytes.Length; i++)
        {
            switch (bytes[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    open++;
                    break;
                case (byte)')' when --open == 0:
                    return i + 1;
            }
        }

        return i;
    }

    private static bool At(byte[] bytes, int i, byte[] word)
    {
        if (i + word.Length > bytes.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (bytes[i + k] != word[k])
            {
                return false;
            }
        }

        return i + word.Length == bytes.Length || !IsRegular(bytes[i + word.Length]);
    }

    private static int IndexOf(byte[] bytes, byte[] word, int from)
    {
        for (var i = from; i + word.Length <= bytes.Length; i++)
        {
            if (bytes[i] == word[0] && At(bytes, i, word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A byte that continues a keyword (not white space and not a delimiter).</summary>
    private static bool IsRegular(byte b) =>
        b > 32 && b != '(' && b != ')' && b != '<' && b != '>' && b != '[' && b != ']' && b != '{' && b != '}' && b != '/' && b != '%';
}
