using System.Text;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 跨年度匹配机关时使用的规范化名称：去掉空白，全角字母数字和符号转为半角，各种括号统一为半角圆括号。
/// The normalised agency name by which reports are matched across years: white space removed, full-width letters, digits
/// and signs made half-width, every kind of bracket made a half-width parenthesis.
/// </summary>
/// <remarks>
/// 同一机关各年报告的名称常因排版不同而有细微差别（“哈尔滨市 科学技术局”“某局（本级）”与“某局(本级)”）；真正更名的机关由
/// <see cref="AuditOptions.Renames"/> 对应。
/// One agency's name often differs slightly from year to year only in typesetting (a space, full-width brackets); an
/// agency that was really renamed is matched through <see cref="AuditOptions.Renames"/>.
/// </remarks>
public static class AgencyNameKey
{
    /// <summary>
    /// 规范化机关名称。Normalises an agency name.
    /// </summary>
    /// <param name="name">机关名称。The agency name.</param>
    /// <returns>规范化名称；只差空白、全半角或括号样式的名称得到同一结果。The normalised name; names that differ only in white space, width or bracket style give the same.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> 为 null。<paramref name="name"/> is null.</exception>
    public static string Of(string name)
    {
        Guard.Against.Null(name);
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            // U+FF01–U+FF5E are the full-width forms of U+0021–U+007E.
            var half = c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            key.Append(half switch
            {
                '[' or '{' or '【' or '〔' or '［' or '〖' or '（' => '(',
                ']' or '}' or '】' or '〕' or '］' or '〗' or '）' => ')',
                _ => half,
            });
        }

        return key.ToString();
    }
}
