using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;
using GovDisclosure.Rules.Validation.Corrections;

namespace GovDisclosure.Rules;

/// <summary>
/// 全部内置规则（目录见 docs/rules.md）：读取 JSON（GDJ）、导入文本（GDT）、单份报告（GD0xx–GD4xx）、逐年比对（GD5xx）、建议的更正（GD6xx）与汇总（GDA）。
/// Every built-in rule (catalogued in docs/rules.md): JSON reading (GDJ), text import (GDT), one report (GD0xx–GD4xx), year over year (GD5xx), suggested corrections (GD6xx) and roll-up (GDA).
/// </summary>
public static class RuleCatalog
{
    /// <summary>全部规则，按 GDJ、GDT、GD、GDA 的顺序及编号排列。Every rule, GDJ, GDT, GD, then GDA, each by ID.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        JsonRules.All.Concat(TextRules.All).Concat(ReportRules.All).Concat(YearOverYearRules.All).Concat(CorrectionRules.All).Concat(AggregationRules.All).ToArray();

    /// <summary>按编号查找规则。Finds a rule by its ID.</summary>
    /// <param name="id">编号，如 GD203。The ID, such as GD203.</param>
    /// <returns>规则；没有则为 null。The rule, or null.</returns>
    public static RuleDescriptor? Find(string id)
    {
        Guard.Against.Null(id);
        return All.FirstOrDefault(r => r.Id == id);
    }
}
