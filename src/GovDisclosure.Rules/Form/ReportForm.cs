using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// 2021 年格式的唯一定义：章节、表格、行、列、中文标签、JSON 名称和勾稽关系。
/// 读写 JSON、生成 Schema、校验规则、文本导入、比对和汇总都由此而来。
/// The one definition of the 2021 form: sections, tables, rows, columns, Chinese labels, JSON names and the
/// relations between figures. JSON reading and writing, the schema, the rules, text import, the diff and the
/// aggregation all derive from it.
/// </summary>
public static partial class ReportForm
{
    // ---- Kinds of row: their columns, and how a model row is read and made from a run of counts. ----

    private static readonly Func<DocumentCounts, long>[] DocumentGetters = [r => r.Issued, r => r.Repealed, r => r.InForce];
    private static readonly Func<DecisionCount, long>[] DecisionGetters = [r => r.Decisions];
    private static readonly Func<ApplicantCounts, long>[] ApplicantGetters =
    [
        r => r.NaturalPersons, r => r.CommercialEnterprises, r => r.ResearchInstitutions, r => r.PublicInterestOrganizations,
        r => r.LegalServiceAgencies, r => r.OtherOrganizations, r => r.Total,
    ];
    private static readonly Func<CaseOutcomeCounts, long>[] CaseGetters = [r => r.Upheld, r => r.Corrected, r => r.Other, r => r.Pending, r => r.Total];

    private static DocumentCounts MakeDocument(long[] v, int i) => new() { Issued = v[i], Repealed = v[i + 1], InForce = v[i + 2] };

    private static DecisionCount MakeDecision(long[] v, int i) => new() { Decisions = v[i] };

    private static ApplicantCounts MakeApplicant(long[] v, int i) => new()
    {
        NaturalPersons = v[i], CommercialEnterprises = v[i + 1], ResearchInstitutions = v[i + 2], PublicInterestOrganizations = v[i + 3],
        LegalServiceAgencies = v[i + 4], OtherOrganizations = v[i + 5], Total = v[i + 6],
    };

    private static CaseOutcomeCounts MakeCase(long[] v, int i) => new() { Upheld = v[i], Corrected = v[i + 1], Other = v[i + 2], Pending = v[i + 3], Total = v[i + 4] };

    // The inverse of each Make, column for column as in the getters: a row read with one call, not a delegate per column.
    private static void WriteDocument(DocumentCounts r, long[] v, int i) => (v[i], v[i + 1], v[i + 2]) = (r.Issued, r.Repealed, r.InForce);

    private static void WriteDecision(DecisionCount r, long[] v, int i) => v[i] = r.Decisions;

    private static void WriteApplicant(ApplicantCounts r, long[] v, int i)
    {
        (v[i], v[i + 1], v[i + 2], v[i + 3]) = (r.NaturalPersons, r.CommercialEnterprises, r.ResearchInstitutions, r.PublicInterestOrganizations);
        (v[i + 4], v[i + 5], v[i + 6]) = (r.LegalServiceAgencies, r.OtherOrganizations, r.Total);
    }

    private static void WriteCase(CaseOutcomeCounts r, long[] v, int i) =>
        (v[i], v[i + 1], v[i + 2], v[i + 3], v[i + 4]) = (r.Upheld, r.Corrected, r.Other, r.Pending, r.Total);

    /// <summary>规章、行政规范性文件行的三列。The three columns of the regulations and normative-documents rows.</summary>
    public static RowShape DocumentCountsShape { get; } = new(nameof(DocumentCounts), CellKind.Count,
    [
        new(0, "issued", "本年制发件数", "issued this year", null),
        new(1, "repealed", "本年废止件数", "repealed this year", null),
        new(2, "inForce", "现行有效件数", "in force", null),
    ], typeof(DocumentCounts));

    /// <summary>行政许可、处罚、强制行的一列。The single column of the licensing, punishment and compulsion rows.</summary>
    public static RowShape DecisionCountShape { get; } = new(nameof(DecisionCount), CellKind.Count,
    [
        new(0, "decisions", "本年处理决定数量", "decisions this year", null),
    ], typeof(DecisionCount));

    /// <summary>行政事业性收费行的一列。The single column of the fees row.</summary>
    public static RowShape FeeAmountShape { get; } = new(nameof(FeeAmount), CellKind.Amount,
    [
        new(0, "amountTenThousandYuan", "本年收费金额（单位：万元）", "amount this year (10,000 yuan)", null),
    ], typeof(FeeAmount));

    /// <summary>表三每一行的七列。The seven columns of every table B row.</summary>
    public static RowShape ApplicantCountsShape { get; } = new(nameof(ApplicantCounts), CellKind.Count,
    [
        new(0, "naturalPersons", "自然人", "natural persons", null),
        new(1, "commercialEnterprises", "商业企业", "commercial enterprises", "法人或其他组织"),
        new(2, "researchInstitutions", "科研机构", "research institutions", "法人或其他组织"),
        new(3, "publicInterestOrganizations", "社会公益组织", "public-interest organisations", "法人或其他组织"),
        new(4, "legalServiceAgencies", "法律服务机构", "legal-service agencies", "法人或其他组织"),
        new(5, "otherOrganizations", "其他", "other organisations", "法人或其他组织"),
        new(6, "total", "总计", "total", null),
    ], typeof(ApplicantCounts));

    /// <summary>表四每一行的五列。The five columns of every table C row.</summary>
    public static RowShape CaseOutcomeCountsShape { get; } = new(nameof(CaseOutcomeCounts), CellKind.Count,
    [
        new(0, "upheld", "结果维持", "upheld", null),
        new(1, "corrected", "结果纠正", "corrected", null),
        new(2, "other", "其他结果", "other outcome", null),
        new(3, "pending", "尚未审结", "pending", null),
        new(4, "total", "总计", "total", null),
    ], typeof(CaseOutcomeCounts));

    // ---- Sections. ----

    /// <summary>一、总体情况。Section 一: overview.</summary>
    public static FormSection OverviewSection { get; } = new("一", "总体情况", "Overview", "overview", []);

    /// <summary>二、主动公开政府信息情况。Section 二: proactive disclosure.</summary>
    public static FormSection ProactiveDisclosureSection { get; } = new("二", "主动公开政府信息情况", "Proactive disclosure", "proactiveDisclosure", []);

    /// <summary>三、收到和处理政府信息公开申请情况。Section 三: applications.</summary>
    public static FormSection ApplicationsSection { get; } = new("三", "收到和处理政府信息公开申请情况", "Applications received and handled", "applications",
        ["收到政府信息公开申请情况"]);

    /// <summary>四、政府信息公开行政复议、行政诉讼情况。Section 四: reviews and litigation.</summary>
    public static FormSection ReviewsAndLitigationSection { get; } = new("四", "政府信息公开行政复议、行政诉讼情况", "Administrative review and litigation", "reviewsAndLitigation",
        ["因政府信息公开工作被申请行政复议、提起行政诉讼情况", "因政府信息公开工作被申请行政复议和提起行政诉讼情况"]);

    /// <summary>五、政府信息公开工作存在的主要问题及改进情况。Section 五: problems and improvements.</summary>
    public static FormSection ProblemsAndImprovementsSection { get; } = new("五", "政府信息公开工作存在的主要问题及改进情况", "Problems and improvements", "problemsAndImprovements",
        ["存在的主要问题及改进情况", "存在的主要问题和改进措施"]);

    /// <summary>六、其他需要报告的事项。Section 六: other matters.</summary>
    public static FormSection OtherMattersSection { get; } = new("六", "其他需要报告的事项", "Other matters", "otherMatters", []);

    /// <summary>六个章节，按顺序。The six sections, in order.</summary>
    public static IReadOnlyList<FormSection> Sections { get; } =
        [OverviewSection, ProactiveDisclosureSection, ApplicationsSection, ReviewsAndLitigationSection, ProblemsAndImprovementsSection, OtherMattersSection];

    // ---- Tables and rows. ----

    /// <summary>表二（主动公开）。Table A.</summary>
    public static FormTable ProactiveDisclosureTable { get; } = new(ProactiveDisclosureSection, "Proactive disclosure");

    /// <summary>表三（申请）。Table B.</summary>
    public static FormTable ApplicationsTable { get; } = new(ApplicationsSection, "Applications");

    /// <summary>表四（复议诉讼）。Table C.</summary>
    public static FormTable ReviewsAndLitigationTable { get; } = new(ReviewsAndLitigationSection, "Review and litigation");

    /// <summary>三张表，按顺序。The three tables, in order.</summary>
    public static IReadOnlyList<FormTable> Tables { get; } = [ProactiveDisclosureTable, ApplicationsTable, ReviewsAndLitigationTable];

    private static readonly List<FormCell> AllCells = [];

    private static FormRow Row<TRow>(FormTable table, string pointer, string[] labelPath, string shortLabel, string english, string? group,
        RowShape shape, Func<TRow, long>[] getters, Func<AnnualReport, TRow> get, Func<long[], int, TRow> make, Action<TRow, long[], int> write,
        bool qualified = false)
        where TRow : class
    {
        var row = new FormRow(table, pointer, labelPath, shortLabel, english, group, shape, qualified);
        var cells = new FormCell[shape.Columns.Count];
        for (var c = 0; c < cells.Length; c++)
        {
            var column = getters[c];
            Func<AnnualReport, long> count = r => column(get(r));
            cells[c] = new FormCell(AllCells.Count, row, shape.Columns[c], count, r => count(r));
            AllCells.Add(cells[c]);
        }

        row.SetCells(cells);
        row.Factory = (v, i) => make(v, i);

        // One walk to the row's model for all its columns: reading a report row by row, not cell by cell.
        var first = cells[0].Index;
        row.CountReader = (r, counts) => write(get(r), counts, first);
        row.ModelOf = get;
        return row;
    }

    private static FormRow Doc(string json, string label, string english, Func<ProactiveDisclosureTable, DocumentCounts> get) =>
        Row(ProactiveDisclosureTable, "/proactiveDisclosure/" + json, [label], label, english, "第二十条第（一）项", DocumentCountsShape, DocumentGetters, r => get(r.ProactiveDisclosure), MakeDocument, WriteDocument);

    private static FormRow Decision(string json, string label, string english, string group, Func<ProactiveDisclosureTable, DecisionCount> get) =>
        Row(ProactiveDisclosureTable, "/proactiveDisclosure/" + json, [label], label, english, group, DecisionCountShape, DecisionGetters, r => get(r.ProactiveDisclosure), MakeDecision, WriteDecision);

    private static FormRow Fees()
    {
        const string label = "行政事业性收费";
        var row = new FormRow(ProactiveDisclosureTable, "/proactiveDisclosure/fees", [label], label, "administrative fees", "第二十条第（八）项", FeeAmountShape, false);
        var cell = new FormCell(AllCells.Count, row, FeeAmountShape.Columns[0], null, r => r.ProactiveDisclosure.Fees.AmountTenThousandYuan);
        AllCells.Add(cell);
        row.SetCells([cell]);
        row.ModelOf = r => r.ProactiveDisclosure.Fees;
        return row;
    }

    private static FormRow Applicant(string pointer, string[] labelPath, string shortLabel, string english, Func<AnnualReport, ApplicantCounts> get, bool qualified = false) =>
        Row(ApplicationsTable, "/applications" + pointer, labelPath, shortLabel, english, null, ApplicantCountsShape, ApplicantGetters, get, MakeApplicant, WriteApplicant, qualified);

    private static FormRow Outcome(string pointer, string group, string label, string shortLabel, string english, Func<ApplicationOutcomes, ApplicantCounts> get) =>
        Applicant("/outcomes" + pointer, [OutcomesLabel, group, label], shortLabel, english, r => get(r.Applications.Outcomes));

    private static FormRow Case(string json, string[] labelPath, string english, Func<ReviewsAndLitigationTable, CaseOutcomeCounts> get) =>
        Row(ReviewsAndLitigationTable, "/reviewsAndLitigation/" + json, labelPath, string.Join("·", labelPath), english, null, CaseOutcomeCountsShape, CaseGetters,
            r => get(r.ReviewsAndLitigation), MakeCase, WriteCase, qualified: true);

    private const string OutcomesLabel = "三、本年度办理结果";
    private const string Withheld = "（三）不予公开";
    private const string UnableToProvide = "（四）无法提供";
    private const string NotProcessed = "（五）不予处理";
    private const string OtherHandling = "（六）其他处理";

    /// <summary>规章。Regulations.</summary>
    public static FormRow Regulations { get; } = Doc("regulations", "规章", "regulations", t => t.Regulations);

    /// <summary>行政规范性文件。Normative documents.</summary>
    public static FormRow NormativeDocuments { get; } = Doc("normativeDocuments", "行政规范性文件", "normative documents", t => t.NormativeDocuments);

    private static readonly FormRow LicensingRow = Decision("licensing", "行政许可", "administrative licensing", "第二十条第（五）项", t => t.Licensing);
    private static readonly FormRow PunishmentRow = Decision("punishment", "行政处罚", "administrative punishment", "第二十条第（六）项", t => t.Punishment);
    private static readonly FormRow CompulsionRow = Decision("compulsion", "行政强制", "administrative compulsion", "第二十条第（六）项", t => t.Compulsion);
    private static readonly FormRow FeesRow = Fees();

    /// <summary>一、本年新收政府信息公开申请数量。Applications received this year.</summary>
    public static FormRow Received { get; } = Applicant("/received", ["一、本年新收政府信息公开申请数量"], "本年新收", "received this year", r => r.Applications.Received);

    /// <summary>二、上年结转政府信息公开申请数量。Applications carried over from last year.</summary>
    public static FormRow CarriedOver { get; } = Applicant("/carriedOver", ["二、上年结转政府信息公开申请数量"], "上年结转", "carried over from last year", r => r.Applications.CarriedOver);

    private static readonly FormRow[] OutcomeRows =
    [
        Applicant("/outcomes/disclosed", [OutcomesLabel, "（一）予以公开"], "予以公开", "disclosed", r => r.Applications.Outcomes.Disclosed),
        Applicant("/outcomes/partiallyDisclosed", [OutcomesLabel, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], "部分公开", "partially disclosed", r => r.Applications.Outcomes.PartiallyDisclosed),
        Outcome("/withheld/stateSecret", Withheld, "1.属于国家秘密", "国家秘密", "withheld: state secret", o => o.Withheld.StateSecret),
        Outcome("/withheld/prohibitedByLaw", Withheld, "2.其他法律行政法规禁止公开", "法律法规禁止公开", "withheld: prohibited by law", o => o.Withheld.ProhibitedByLaw),
        Outcome("/withheld/securityAndStability", Withheld, "3.危及“三安全一稳定”", "危及“三安全一稳定”", "withheld: security and stability", o => o.Withheld.SecurityAndStability),
        Outcome("/withheld/thirdPartyRights", Withheld, "4.保护第三方合法权益", "保护第三方合法权益", "withheld: third-party rights", o => o.Withheld.ThirdPartyRights),
        Outcome("/withheld/internalAffairs", Withheld, "5.属于三类内部事务信息", "内部事务信息", "withheld: internal affairs", o => o.Withheld.InternalAffairs),
        Outcome("/withheld/processInformation", Withheld, "6.属于四类过程性信息", "过程性信息", "withheld: process information", o => o.Withheld.ProcessInformation),
        Outcome("/withheld/enforcementFiles", Withheld, "7.属于行政执法案卷", "行政执法案卷", "withheld: enforcement files", o => o.Withheld.EnforcementFiles),
        Outcome("/withheld/administrativeQueries", Withheld, "8.属于行政查询事项", "行政查询事项", "withheld: administrative queries", o => o.Withheld.AdministrativeQueries),
        Outcome("/unableToProvide/notHeld", UnableToProvide, "1.本机关不掌握相关政府信息", "不掌握相关信息", "unable to provide: not held", o => o.UnableToProvide.NotHeld),
        Outcome("/unableToProvide/requiresCreation", UnableToProvide, "2.没有现成信息需要另行制作", "需另行制作", "unable to provide: requires creation", o => o.UnableToProvide.RequiresCreation),
        Outcome("/unableToProvide/unclearAfterCorrection", UnableToProvide, "3.补正后申请内容仍不明确", "补正后仍不明确", "unable to provide: unclear after correction", o => o.UnableToProvide.UnclearAfterCorrection),
        Outcome("/notProcessed/complaintsAndPetitions", NotProcessed, "1.信访举报投诉类申请", "信访举报投诉", "not processed: complaints and petitions", o => o.NotProcessed.ComplaintsAndPetitions),
        Outcome("/notProcessed/repeatedApplications", NotProcessed, "2.重复申请", "重复申请", "not processed: repeated applications", o => o.NotProcessed.RepeatedApplications),
        Outcome("/notProcessed/publicationsRequested", NotProcessed, "3.要求提供公开出版物", "要求提供公开出版物", "not processed: publications requested", o => o.NotProcessed.PublicationsRequested),
        Outcome("/notProcessed/excessiveApplications", NotProcessed, "4.无正当理由大量反复申请", "大量反复申请", "not processed: excessive applications", o => o.NotProcessed.ExcessiveApplications),
        Outcome("/notProcessed/confirmationRequested", NotProcessed, "5.要求行政机关确认或重新出具已获取信息", "要求确认或重新出具", "not processed: confirmation requested", o => o.NotProcessed.ConfirmationRequested),
        Outcome("/otherHandling/noCorrectionInTime", OtherHandling, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正", "other handling: no correction in time", o => o.OtherHandling.NoCorrectionInTime),
        Outcome("/otherHandling/feesUnpaid", OtherHandling, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "逾期未缴费", "other handling: fees unpaid", o => o.OtherHandling.FeesUnpaid),
        Outcome("/otherHandling/other", OtherHandling, "3.其他", "其他处理", "other handling: other", o => o.OtherHandling.Other),
    ];

    /// <summary>三、本年度办理结果 ·（七）总计。The outcomes total.</summary>
    public static FormRow OutcomesTotal { get; } = Applicant("/outcomes/total", [OutcomesLabel, "（七）总计"], "办理结果总计", "outcomes total", r => r.Applications.Outcomes.Total);

    /// <summary>四、结转下年度继续办理。Applications carried forward to next year.</summary>
    public static FormRow CarriedForward { get; } = Applicant("/carriedForward", ["四、结转下年度继续办理"], "结转下年度", "carried forward to next year", r => r.Applications.CarriedForward);

    private static readonly FormRow[] CaseRows =
    [
        Case("administrativeReview", ["行政复议"], "administrative review", t => t.AdministrativeReview),
        Case("litigationWithoutReview", ["行政诉讼", "未经复议直接起诉"], "litigation without review", t => t.LitigationWithoutReview),
        Case("litigationAfterReview", ["行政诉讼", "复议后起诉"], "litigation after review", t => t.LitigationAfterReview),
    ];

    /// <summary>三、本年度办理结果下的二十一行结果（不含总计）。The 21 outcome rows of table B (without their total).</summary>
    public static IReadOnlyList<FormRow> OutcomeDetailRows => OutcomeRows;

    /// <summary>全部单元格，按文档顺序（共 200 个）。Every cell, in document order (200 in all).</summary>
    public static IReadOnlyList<FormCell> Cells => AllCells;

    /// <summary>全部表格行，按文档顺序。Every table row, in document order.</summary>
    public static IReadOnlyList<FormRow> Rows { get; } = InitialiseTables();

    /// <summary>表二中行政事业性收费金额这一单元格。The fee-amount cell of table A.</summary>
    public static FormCell FeesAmount => FeesRow.Cells[0];

    private static FormRow[] InitialiseTables()
    {
        ProactiveDisclosureTable.SetRows([Regulations, NormativeDocuments, LicensingRow, PunishmentRow, CompulsionRow, FeesRow]);
        ApplicationsTable.SetRows([Received, CarriedOver, .. OutcomeRows, OutcomesTotal, CarriedForward]);
        ReviewsAndLitigationTable.SetRows(CaseRows);
        ProactiveDisclosureSection.Table = ProactiveDisclosureTable;
        ApplicationsSection.Table = ApplicationsTable;
        ReviewsAndLitigationSection.Table = ReviewsAndLitigationTable;
        return Tables.SelectMany(t => t.Rows).ToArray();
    }

    /// <summary>
    /// 按 JSON Pointer 查找单元格。Finds a cell by its JSON Pointer.
    /// </summary>
    /// <param name="pointer">如 <c>/applications/received/total</c>。Such as <c>/applications/received/total</c>.</param>
    /// <returns>单元格；没有则为 null。The cell, or null.</returns>
    public static FormCell? FindCell(string pointer)
    {
        Guard.Against.Null(pointer);
        return CellsByPointer.TryGetValue(pointer, out var cell) ? cell : null;
    }

    /// <summary>
    /// 按 JSON Pointer 查找表格行。Finds a table row by its JSON Pointer.
    /// </summary>
    /// <param name="pointer">如 <c>/applications/outcomes/total</c>。Such as <c>/applications/outcomes/total</c>.</param>
    /// <returns>行；没有则为 null。The row, or null.</returns>
    public static FormRow? FindRow(string pointer)
    {
        Guard.Against.Null(pointer);
        return Rows.FirstOrDefault(r => r.Pointer == pointer);
    }

    private static readonly Dictionary<string, FormCell> CellsByPointer = AllCells.ToDictionary(c => c.Pointer, StringComparer.Ordinal);

    /// <summary>Makes the row model of a row from a run of counts.</summary>
    internal static object MakeRow(FormRow row, long[] counts) => row.Factory!(counts, row.FirstCellIndex);
}
