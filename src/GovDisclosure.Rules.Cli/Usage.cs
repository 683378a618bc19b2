using System.Linq;

namespace GovDisclosure.Rules.Cli;

/// <summary>The synopsis of every command, as the README's command-line section gives it.</summary>
internal static class Usage
{
    private static readonly (string Command, string Synopsis, string Purpose)[] Commands =
    [
        ("validate", "govdisclosure validate <path>... [--previous <file>] [--format text|json|sarif] [--lang zh|en]", "校验报告（.json 严格读取，文本、网页和 .docx 按内容识别后导入，文件夹递归）。Validate reports (.json read strictly; text, web pages and .docx imported as their content shows)."),
        ("diff", "govdisclosure diff <previous> <current> [--format text|json|markdown] [--lang zh|en]", "与上一年度报告比对。Compare with last year's report."),
        ("import", "govdisclosure import <file> [-o <file.json>] [--lang zh|en]", "把发布的文本、网页或 .docx 导入为 JSON。Import published text, a web page or a .docx as JSON."),
        ("export", "govdisclosure export <file.json> [--format text|json|markdown|docx|html] [-o <file>] [--lang zh|en]", "把 JSON 报告导出为文本、Markdown、官方模板 .docx 或 HTML（docx 需 -o）。Export a JSON report as text, Markdown, or the official template as .docx or HTML (docx needs -o)."),
        ("aggregate", "govdisclosure aggregate <path>... [-o <file.json>] [--name <roll-up name>] [--lang zh|en]", "把多个机关的报告汇总为一份。Roll many agencies' reports up into one."),
        ("schema", "govdisclosure schema [report|result|diff]", "输出 JSON Schema。Print a JSON Schema."),
        ("rules", "govdisclosure rules [--format text|json] [--lang zh|en]", "列出全部规则。List every rule."),
    ];

    public static string Of(string command) => Commands.First(c => c.Command == command).Synopsis;

    public static bool IsCommand(string word) => Commands.Any(c => c.Command == word);

    public static string Text =>
        "govdisclosure — 政府信息公开工作年度报告（2021 年格式）校验工具 / annual government-information-disclosure report tool\n\n"
        + string.Join("\n", Commands.Select(c => $"  {c.Synopsis}\n      {c.Purpose}"))
        + "\n\n退出码 (exit codes): 0 无错误 (no error) · 1 发现错误 (an error-severity finding) · 2 用法错误或路径不可读 (bad usage or unreadable path)\n";
}
