using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>An output that cannot be written is bad usage (exit 2), said in one line, in English only with --lang en.</summary>
public class OutputNameTests
{
    [Theory]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("aggregate")]
    public void An_empty_output_name_is_said_in_english_only_with_lang_en(string command)
    {
        var input = command == "import" ? CliRun.SeedText : CliRun.SeedJson;
        var run = CliRun.InProcess(command, input, "-o", "", "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("output file name is empty", run.Stderr, System.StringComparison.Ordinal);
        Assert.DoesNotContain(run.Stderr, c => c >= '\u4E00' && c <= '\u9FFF');
    }

    [Fact]
    public void An_empty_docx_output_name_is_a_usage_error()
    {
        var run = CliRun.InProcess("export", CliRun.SeedJson, "--format", "docx", "-o", " ", "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("output file name is empty", run.Stderr, System.StringComparison.Ordinal);
    }

    [Fact]
    public void In_chinese_the_message_says_both()
    {
        var run = CliRun.InProcess("import", CliRun.SeedText, "-o", "");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("输出文件名为空", run.Stderr, System.StringComparison.Ordinal);
        Assert.Contains("output file name is empty", run.Stderr, System.StringComparison.Ordinal);
    }
}
