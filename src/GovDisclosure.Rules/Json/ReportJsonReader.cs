using System;
using System.Text.Json;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// The strict reader: one forward pass of <see cref="Utf8JsonReader"/> over the document, driven by the tree of
/// <see cref="JsonShape"/>. It keeps going after a problem wherever the JSON is still well-formed, so that one reading
/// reports every problem; it stops at the first syntax error (GDJ001) or limit (GDJ007).
/// </summary>
internal sealed class ReportJsonReader
{
    private readonly JsonReadOptions options;
    private readonly MessageLanguage language;
    private readonly LocatedFindings findings = new();
    private readonly SourcePlaces places = new();
    private readonly long[] counts = new long[ReportForm.Cells.Count];
    private readonly string?[] texts = new string?[ReportForm.Texts.Count];
    private decimal amount;
    private int year;
    private int extensionsStart = -1;
    private int extensionsEnd;
    private int members;

    // Set by GDJ001 and GDJ007: nothing after them is read.
    private bool stopped;

    // The pointer of the value being read, for a syntax error met inside it.
    private string context = "";

    private ReportJsonReader(JsonReadOptions options)
    {
        this.options = options;
        language = options.Language;
    }

    /// <summary>Reads a whole document held in memory; the source map keeps a copy of it.</summary>
    internal static LoadResult Read(ReadOnlySpan<byte> utf8, JsonReadOptions options) => Read(utf8, null, options);

    /// <summary>
    /// Reads a whole document whose bytes stay as they are for as long as the result is used (an array the caller made
    /// for it and does not reuse): the source map keeps those bytes rather than a copy. A report is some 10 KB, more
    /// than the runtime hands out without going to its collector, so the copy cost a twentieth of the command line's time.
    /// </summary>
    internal static LoadResult Read(ReadOnlyMemory<byte> kept, JsonReadOptions options) => Read(kept.Span, kept, options);

    private static LoadResult Read(ReadOnlySpan<byte> utf8, ReadOnlyMemory<byte>? kept, JsonReadOptions options)
    {
        if (utf8.Length > options.MaxDocumentBytes)
        {
            return TooLarge(options);
        }

        var reader = new ReportJsonReader(options);
        var bom = utf8.StartsWith(Utf8Text.ByteOrderMark) ? Utf8Text.ByteOrderMark.Length : 0;
        var document = utf8.Slice(bom);
        reader.Parse(document);
        return reader.Result(document, kept?.Slice(bom));
    }

    /// <summary>The result for a .NET string that cannot be encoded as UTF-8 (it holds an unpaired surrogate).</summary>
    internal static LoadResult LoneSurrogate(string json, int index, JsonReadOptions options)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index; i++)
        {
            if (json[i] == '\n')
            {
                line++;
                column = 1;
            }
            else if (!char.IsLowSurrogate(json[i]) || i == 0 || !char.IsHighSurrogate(json[i - 1]))
            {
                column++;
            }
        }

        var finding = JsonRules.Malformed.Find(options.Language, "", [JsonWords.LoneSurrogate()]).WithLocation(line, column);
        return new LoadResult(null, [finding]);
    }

    /// <summary>The result for a document over the size limit, found before reading it.</summary>
    internal static LoadResult TooLarge(JsonReadOptions options) => new ReportJsonReader(options).TooLargeResult();

    private LoadResult TooLargeResult()
    {
        Limit(JsonWords.DocumentTooLarge(options.MaxDocumentBytes), "", 0);
        return Result([], null);
    }

    /// <param name="document">The document read.</param>
    /// <param name="kept">The same bytes, when they may be kept as they are; null to keep a copy.</param>
    private LoadResult Result(ReadOnlySpan<byte> document, ReadOnlyMemory<byte>? kept)
    {
        if (findings.Count > 0)
        {
            return new LoadResult(null, findings.Locate(document));
        }

        var extensions = extensionsStart < 0
            ? null
            : ReportExtensions.FromUtf8(document.Slice(extensionsStart, extensionsEnd - extensionsStart));
        return new LoadResult(JsonReportAssembly.Assemble(year, texts, counts, amount, extensions), [], places.Build(kept ?? Copy(document)));
    }

    private static byte[] Copy(ReadOnlySpan<byte> document)
    {
#if NET
        // Every byte is overwritten at once: no need for the runtime to clear the array first.
        var copy = GC.AllocateUninitializedArray<byte>(document.Length);
        document.CopyTo(copy);
        return copy;
#else
        return document.ToArray();
#endif
    }

    /// <remarks>
    /// Utf8JsonReader checks syntax, not UTF-8. Outside strings only ASCII is valid JSON, so the syntax check finds bad
    /// bytes there; every string is either decoded (which checks it) or checked where it is skipped.
    /// </remarks>
    private void Parse(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        var afterRoot = false;
        try
        {
            reader.Read();

            var root = JsonShape.Root;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadObject(ref reader, root);
            }
            else
            {
                WrongType(ref reader, root, null);
                Skip(ref reader);
            }

            if (!stopped)
            {
                afterRoot = true;
                context = "";
                reader.Read();
            }
        }
        catch (JsonException e)
        {
            var offset = OffsetOf(document, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            Malformed(offset, MalformedJson.Describe(document, offset, afterRoot));
        }
    }

    private void ReadObject(ref Utf8JsonReader reader, JsonMember node)
    {
        if (!WithinDepth(ref reader))
        {
            return;
        }

        var start = (int)reader.TokenStartIndex;
        var nodes = node.Members;
        ulong seen = 0;
        var next = 0;
        while (true)
        {
            context = node.Pointer;
            if (!Next(ref reader))
            {
                return;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var nameStart = (int)reader.TokenStartIndex;
            if (!CountMember(ref reader) || !WithinStringLength(ref reader))
            {
                return;
            }

            int index;
            try
            {
                index = Find(ref reader, nodes, next);
            }
            catch (InvalidOperationException)
            {
                // Comparing an escaped name decodes it, and an unpaired surrogate escape does not decode.
                Malformed(nameStart, JsonWords.InvalidEscape());
                return;
            }

            if (index < 0)
            {
                if (!TryGetString(ref reader, out var name))
                {
                    return;
                }

                context = node.Pointer + "/" + EscapePointer(name);
                Add(JsonRules.UnknownMember, context, nameStart, JsonWords.Excerpt(name));
                SkipNext(ref reader);
            }
            else if ((seen & (1UL << index)) != 0)
            {
                var member = nodes[index];
                context = member.Pointer;
                Add(JsonRules.DuplicateMember, member.Pointer, nameStart, member.Name);
                SkipNext(ref reader);
            }
            else
            {
                seen |= 1UL << index;
                next = index + 1;
                var member = nodes[index];
                context = member.Pointer;
                places.Add(member, nameStart);
                if (!Next(ref reader))
                {
                    return;
                }

                ReadValue(ref reader, member);
            }

            if (stopped)
            {
                return;
            }
        }

        var missing = node.RequiredMask & ~seen;
        for (var i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0)
            {
                Add(JsonRules.MissingMember, nodes[i].Pointer, start, nodes[i].Pointer, nodes[i]);
            }
        }
    }

    /// <summary>Finds a member by its UTF-8 name, trying first the one that canonical order puts next.</summary>
    private static int Find(ref Utf8JsonReader reader, JsonMember[] nodes, int next)
    {
        if (reader.ValueIsEscaped)
        {
            return FindEscaped(ref reader, nodes);
        }

        // A name without escapes is its bytes: compared as they are, without the reader's checks for escapes each time.
        var name = reader.ValueSpan;
        if (next < nodes.Length && name.SequenceEqual(nodes[next].Utf8Name))
        {
            return next;
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            if (i != next && name.SequenceEqual(nodes[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindEscaped(ref Utf8JsonReader reader, JsonMember[] nodes)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            if (reader.ValueTextEquals(nodes[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }

    private void ReadValue(ref Utf8JsonReader reader, JsonMember member)
    {
        var token = reader.TokenType;
        switch (member.Kind)
        {
            case JsonMemberKind.Object when token == JsonTokenType.StartObject:
                ReadObject(ref reader, member);
                return;
            case JsonMemberKind.Count when token == JsonTokenType.Number:
                if (ReadInteger(ref reader, member, ReportForm.MaxCount, out var count))
                {
                    counts[member.Cell!.Index] = count;
                }

                return;
            case JsonMemberKind.Year when token == JsonTokenType.Number:
                if (ReadInteger(ref reader, member, JsonShape.MaxYear, out var value))
                {
                    year = (int)value;
                }

                return;
            case JsonMemberKind.Amount when token == JsonTokenType.Number:
                ReadAmount(ref reader, member);
                return;
            case JsonMemberKind.Text when token == JsonTokenType.String:
                if (WithinStringLength(ref reader) && TryGetString(ref reader, out var text))
                {
                    texts[member.Text!.Index] = text;
                }

                return;
            case JsonMemberKind.SchemaReference when token == JsonTokenType.String:
                Skip(ref reader);
                return;
            case JsonMemberKind.FormatVersion when token == JsonTokenType.String:
                if (WithinStringLength(ref reader) && TryGetString(ref reader, out var version) && version != AnnualReport.FormatVersion)
                {
                    Add(JsonRules.UnsupportedFormatVersion, member.Pointer, (int)reader.TokenStartIndex, "\"" + JsonWords.Excerpt(version) + "\"");
                }

                return;
            case JsonMemberKind.Extensions when token == JsonTokenType.StartObject:
                var start = (int)reader.TokenStartIndex;
                Skip(ref reader);
                if (!stopped)
                {
                    extensionsStart = start;
                    extensionsEnd = (int)reader.TokenStartIndex + 1;
                }

                return;
            default:
                WrongType(ref reader, member, null);
                Skip(ref reader);
                return;
        }
    }

    private bool ReadInteger(ref Utf8JsonReader reader, JsonMember member, long max, out long value)
    {
        switch (JsonNumbers.ReadInteger(reader.ValueSpan, max, out value))
        {
            case NumberReading.Valid:
                return true;
            case NumberReading.NotAnInteger:
                WrongType(ref reader, member, JsonWords.Fraction(Raw(ref reader)));
                return false;
            default:
                var range = member.Kind == JsonMemberKind.Year ? JsonWords.YearRange() : JsonWords.CountRange();
                Add(JsonRules.OutOfRange, member.Pointer, (int)reader.TokenStartIndex, member, Raw(ref reader), range);
                return false;
        }
    }

    private void ReadAmount(ref Utf8JsonReader reader, JsonMember member)
    {
        if (JsonNumbers.ReadAmount(reader.ValueSpan, out var value) == NumberReading.Valid)
        {
            amount = value;
        }
        else
        {
            Add(JsonRules.OutOfRange, member.Pointer, (int)reader.TokenStartIndex, member, Raw(ref reader), JsonWords.AmountRange());
        }
    }

    /// <summary>Moves to the next value and skips it.</summary>
    private void SkipNext(ref Utf8JsonReader reader)
    {
        if (Next(ref reader))
        {
            Skip(ref reader);
        }
    }

    /// <summary>Moves to the next token.</summary>
    private bool Next(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            return true;
        }

        // With the whole document at hand the reader throws rather than run out inside a value: this only guards.
        Malformed((int)reader.BytesConsumed, JsonWords.UnexpectedEnd());
        return false;
    }

    /// <summary>
    /// Steps over the value the reader stands on, token by token rather than with <see cref="Utf8JsonReader.Skip"/>, so
    /// that the limits hold inside values the reader does not keep and every escape is checked.
    /// </summary>
    private void Skip(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                CheckString(ref reader);
                return;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                break;
            default:
                return;
        }

        if (!WithinDepth(ref reader))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        while (Next(ref reader))
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    if (!WithinDepth(ref reader))
                    {
                        return;
                    }

                    break;
                case JsonTokenType.PropertyName:
                    if (!CountMember(ref reader) || !CheckString(ref reader))
                    {
                        return;
                    }

                    break;
                case JsonTokenType.String:
                    if (!CheckString(ref reader))
                    {
                        return;
                    }

                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    if (reader.CurrentDepth == depth)
                    {
                        return;
                    }

                    break;
            }
        }
    }

    /// <summary>Checks a string that is not kept: its length, its UTF-8, and that its escapes decode.</summary>
    private bool CheckString(ref Utf8JsonReader reader)
    {
        if (!WithinStringLength(ref reader))
        {
            return false;
        }

        var invalid = Utf8Text.FindInvalid(reader.ValueSpan);
        if (invalid >= 0)
        {
            Malformed(ValueStart(ref reader) + invalid, JsonWords.InvalidUtf8());
            return false;
        }

        return !reader.ValueIsEscaped || TryGetString(ref reader, out _);
    }

    /// <summary>The offset of a string's first byte after its opening quote.</summary>
    private static int ValueStart(ref Utf8JsonReader reader) => (int)reader.TokenStartIndex + 1;

    private bool WithinDepth(ref Utf8JsonReader reader)
    {
        if (reader.CurrentDepth < options.MaxDepth)
        {
            return true;
        }

        Limit(JsonWords.TooDeep(options.MaxDepth), context, (int)reader.TokenStartIndex);
        return false;
    }

    private bool CountMember(ref Utf8JsonReader reader)
    {
        if (++members <= options.MaxMembers)
        {
            return true;
        }

        Limit(JsonWords.TooManyMembers(options.MaxMembers), context, (int)reader.TokenStartIndex);
        return false;
    }

    private bool WithinStringLength(ref Utf8JsonReader reader)
    {
        var span = reader.ValueSpan;

        // A string never decodes to more UTF-16 units than it has bytes, so most strings need no counting.
        if (span.Length <= options.MaxStringLength)
        {
            return true;
        }

        int length;
        if (!reader.ValueIsEscaped)
        {
            length = Utf8Text.Utf16Length(span);
        }
        else if (TryGetString(ref reader, out var text))
        {
            length = text.Length;
        }
        else
        {
            return false;
        }

        if (length <= options.MaxStringLength)
        {
            return true;
        }

        Limit(JsonWords.StringTooLong(options.MaxStringLength), context, (int)reader.TokenStartIndex);
        return false;
    }

    /// <summary>Decodes a string or property name; bytes that are not UTF-8, or an escape that leaves a surrogate unpaired, are GDJ001.</summary>
    private bool TryGetString(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = "";
            var invalid = Utf8Text.FindInvalid(reader.ValueSpan);
            if (invalid >= 0)
            {
                Malformed(ValueStart(ref reader) + invalid, JsonWords.InvalidUtf8());
            }
            else
            {
                Malformed((int)reader.TokenStartIndex, JsonWords.InvalidEscape());
            }

            return false;
        }
    }

    private void WrongType(ref Utf8JsonReader reader, JsonMember member, object? actual)
    {
        var token = reader.TokenType;
        if (actual is null)
        {
            var excerpt = token switch
            {
                JsonTokenType.Number => Raw(ref reader),
                JsonTokenType.String when reader.ValueSpan.Length <= 64 && !reader.ValueIsEscaped && Utf8Text.FindInvalid(reader.ValueSpan) < 0
                    => "\"" + JsonWords.Excerpt(reader.GetString()!) + "\"",
                _ => null,
            };
            actual = JsonWords.Actual(token, excerpt);
        }

        Add(JsonRules.WrongType, member.Pointer, (int)reader.TokenStartIndex, member, JsonWords.Expected(member.Kind), actual);
    }

    /// <summary>The text of a number token, shortened for a message.</summary>
    private static string Raw(ref Utf8JsonReader reader)
    {
        var span = reader.ValueSpan;
        var text = System.Text.Encoding.UTF8.GetString(span.Slice(0, Math.Min(span.Length, 64)).ToArray());
        return JsonWords.Excerpt(text);
    }

    private void Add(RuleDescriptor rule, string path, int offset, params object?[] arguments) =>
        findings.Add(rule, path, offset, language, arguments);

    private void Limit(MessagePart what, string path, int offset)
    {
        Add(JsonRules.LimitExceeded, path, offset, what);
        stopped = true;
    }

    private void Malformed(int offset, MessagePart why)
    {
        Add(JsonRules.Malformed, context, offset, why);
        stopped = true;
    }

    /// <summary>The byte offset of a 0-based line and byte position, as Utf8JsonReader reports them.</summary>
    private static int OffsetOf(ReadOnlySpan<byte> document, long line, long bytePosition)
    {
        var offset = 0;
        for (long l = 0; l < line && offset < document.Length; offset++)
        {
            if (document[offset] == (byte)'\n')
            {
                l++;
            }
        }

        return (int)Math.Min(document.Length, offset + bytePosition);
    }

    /// <summary>Escapes a member name for a JSON Pointer (RFC 6901): "~" as "~0", "/" as "~1".</summary>
    internal static string EscapePointer(string name) =>
        name.IndexOf('~') < 0 && name.IndexOf('/') < 0 ? name : name.Replace("~", "~0").Replace("/", "~1");
}
