using System.IO;
using System.Text;

namespace GovDisclosure.Rules;

/// <summary>
/// 随库提供的三份 JSON Schema（draft 2020-12）：报告、校验结果、比对结果。与仓库 schema/ 下的文件逐字相同。
/// The three JSON Schemas (draft 2020-12) shipped in the package: the report, the validation result and the diff —
/// the same text as the files under the repository's schema/ folder.
/// </summary>
public static class ReportSchemas
{
    /// <summary>报告的 Schema（gov-disclosure-report-2021.schema.json）。The report's schema.</summary>
    public static string Report => Read("gov-disclosure-report-2021.schema.json");

    /// <summary>校验结果的 Schema（validation-result.schema.json）。The validation result's schema.</summary>
    public static string ValidationResult => Read("validation-result.schema.json");

    /// <summary>比对结果的 Schema（report-diff.schema.json）。The diff's schema.</summary>
    public static string Diff => Read("report-diff.schema.json");

    /// <summary>审计结果的 Schema（audit.schema.json）。The audit's schema.</summary>
    public static string Audit => Read("audit.schema.json");

    private static string Read(string name)
    {
        using var stream = typeof(ReportSchemas).Assembly.GetManifestResourceStream("GovDisclosure.Rules.Schemas." + name)
            ?? throw new FileNotFoundException("The package was built without its schema " + name, name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
