using System;
using System.Collections.Generic;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.AspNetCore;

/// <summary>
/// 门户后端的选项：上传大小上限，以及校验、比对、读取所用的设置；可由配置节 <see cref="SectionName"/> 绑定（通过 IOptions）。
/// The options of a portal back end: the upload size limit and the settings of validation, comparison and reading;
/// bound from the configuration section <see cref="SectionName"/> through IOptions.
/// </summary>
public sealed class GovDisclosureRulesOptions
{
    /// <summary>默认的配置节名。The default configuration section name.</summary>
    public const string SectionName = "GovDisclosureRules";

    /// <summary>默认的上传大小上限（4 MiB）。The default upload size limit (4 MiB).</summary>
    public const long DefaultMaxRequestBytes = 4L * 1024 * 1024;

    /// <summary>
    /// 一次请求正文的字节上限，超过时回应 413；默认 4 MiB。
    /// The most bytes a request body may hold; beyond it the answer is 413. 4 MiB by default.
    /// </summary>
    public long MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;

    /// <summary>关闭的规则编号。The IDs of rules switched off.</summary>
    public IList<string> DisabledRules { get; } = new List<string>();

    /// <summary>按规则编号改变严重程度。Severity by rule ID, overriding the default.</summary>
    public IDictionary<string, Severity> SeverityOverrides { get; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    /// <summary>宿主自己的规则，在内置规则之后运行。A host's own rules, run after the built-in ones.</summary>
    public IList<ReportRule> AdditionalRules { get; } = new List<ReportRule>();

    /// <summary>GD002 所用的“今天”；为 null 时取每次校验时的日期。The "today" of GD002; null for the date of each validation.</summary>
    public DateTime? Today { get; set; }

    /// <summary>逐年比对的阈值（语言取自请求）。The thresholds of the year-over-year comparison (the language is the request's).</summary>
    public DiffOptions YearOverYear { get; set; } = DiffOptions.Default;
}
