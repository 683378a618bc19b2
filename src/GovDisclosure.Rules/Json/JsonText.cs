using System.Text.Encodings.Web;

namespace GovDisclosure.Rules.Json;

/// <summary>Settings shared by everything that writes JSON.</summary>
internal static class JsonText
{
    /// <summary>
    /// Leaves Chinese characters (and &lt; &gt; &amp;) unescaped: the canonical form is for people and files, not for
    /// embedding in HTML. Quotes, backslashes and control characters are still escaped.
    /// </summary>
    internal static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
