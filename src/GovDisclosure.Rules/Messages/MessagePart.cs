using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules;

/// <summary>
/// 消息中的一段：目录中的键及其参数，在哪种语言的目录中填写就用哪种语言（如“上一年度报告：”后的消息、一个算式）。
/// 作为 <see cref="Finding.Arguments"/> 的一项，它与语言无关。
/// A part of a message: a catalogue key and its arguments, worded in whichever catalogue fills it in (such as the message
/// after "Last year's report: ", or a sum). As an item of <see cref="Finding.Arguments"/> it is language-neutral.
/// </summary>
public sealed class MessagePart : IWorded
{
    /// <summary>新建一段。Creates a part.</summary>
    /// <param name="key">目录中的键。The catalogue key.</param>
    /// <param name="arguments">参数。The arguments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> 或 <paramref name="arguments"/> 为 null。</exception>
    public MessagePart(string key, params object?[] arguments)
    {
        Key = Guard.Against.Null(key);
        Arguments = Guard.Against.Null(arguments).ToArray();
    }

    /// <summary>目录中的键。The catalogue key.</summary>
    public string Key { get; }

    /// <summary>参数。The arguments.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>用某个目录的语言填写。Words the part in a catalogue's language.</summary>
    /// <param name="catalog">目录。The catalogue.</param>
    /// <returns>文字。The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> 为 null。<paramref name="catalog"/> is null.</exception>
    public string In(MessageCatalog catalog) => Guard.Against.Null(catalog).Fill(catalog.Template(Key), Arguments.ToArray());

    /// <inheritdoc/>
    public override string ToString() => Key;
}
