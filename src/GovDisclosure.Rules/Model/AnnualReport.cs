using Ardalis.GuardClauses;

namespace GovDisclosure.Rules;

/// <summary>
/// 一份政府信息公开工作年度报告（2021 年格式），不可变，按值比较。
/// One annual report on government-information disclosure (2021 format): immutable, compared by value.
/// </summary>
/// <remarks>
/// 用 <c>with</c> 表达式修改；用 <see cref="Create(int, string)"/> 从一份全为 0 的报告开始。
/// Change it with <c>with</c> expressions; start from a report of zeros with <see cref="Create(int, string)"/>.
/// </remarks>
public sealed record AnnualReport
{
    /// <summary>本库实现的格式版本："2021"。The format version this library implements: "2021".</summary>
    public const string FormatVersion = "2021";

    /// <summary>报告年度，如 2022。The report year, for example 2022.</summary>
    public int Year { get; init; }

    /// <summary>报告机关。The reporting agency.</summary>
    public Agency Agency { get; init; } = new("");

    /// <summary>标题后的引言段落（可选）。The lead-in paragraph after the title (optional).</summary>
    public string? Preamble { get; init; }

    /// <summary>一、总体情况。Section 一: overview.</summary>
    public Overview Overview { get; init; } = Overview.Empty;

    /// <summary>二、主动公开政府信息情况。Section 二: proactive disclosure (table A).</summary>
    public ProactiveDisclosureTable ProactiveDisclosure { get; init; } = ProactiveDisclosureTable.Zero;

    /// <summary>三、收到和处理政府信息公开申请情况。Section 三: applications (table B).</summary>
    public ApplicationsTable Applications { get; init; } = ApplicationsTable.Zero;

    /// <summary>四、政府信息公开行政复议、行政诉讼情况。Section 四: reviews and litigation (table C).</summary>
    public ReviewsAndLitigationTable ReviewsAndLitigation { get; init; } = ReviewsAndLitigationTable.Zero;

    /// <summary>五、政府信息公开工作存在的主要问题及改进情况。Section 五: problems and improvements.</summary>
    public string ProblemsAndImprovements { get; init; } = "";

    /// <summary>六、其他需要报告的事项。Section 六: other matters.</summary>
    public string OtherMatters { get; init; } = "";

    /// <summary>宿主自行附加的 JSON 对象（可选），往返读写时原样保留。A host's own JSON object (optional), kept as it is on a round trip.</summary>
    public ReportExtensions? Extensions { get; init; }

    /// <summary>
    /// 新建一份所有表格数字为 0、文字为空的报告。Creates a report whose figures are all zero and whose prose is empty.
    /// </summary>
    /// <param name="year">报告年度。The report year.</param>
    /// <param name="agencyName">机关名称。The agency's name.</param>
    /// <returns>新的报告。The report.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="agencyName"/> 为 null。<paramref name="agencyName"/> is null.</exception>
    public static AnnualReport Create(int year, string agencyName)
    {
        Guard.Against.Null(agencyName);
        return new AnnualReport { Year = year, Agency = new Agency(agencyName) };
    }
}
