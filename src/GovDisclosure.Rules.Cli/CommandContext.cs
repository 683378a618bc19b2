using System.IO;
using System.Text;

namespace GovDisclosure.Rules.Cli;

/// <summary>Where a command writes: results to stdout, diagnostics and progress to stderr.</summary>
internal sealed record CommandContext(TextWriter Stdout, TextWriter Stderr, bool InteractiveErrors)
{
    /// <summary>Writes UTF-8 bytes (JSON) to stdout, through the writer so that tests can capture them.</summary>
    public void WriteStdout(byte[] utf8) => Stdout.Write(Encoding.UTF8.GetString(utf8));

    /// <summary>Writes a file, or stdout when no file is named.</summary>
    public void WriteOutput(string? file, string text, MessageLanguage language)
    {
        if (file is null)
        {
            Stdout.Write(text);
            return;
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            throw new UsageException(Words.Say(language, "输出文件名为空", "the output file name is empty"), Words.Say(language, "用 -o 给出文件名，或省略 -o 写到标准输出", "name a file with -o, or leave -o out to write to stdout"));
        }

        try
        {
            File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException)
        {
            throw new UsageException(Words.Say(language, $"无法写入 {file}：{e.Message}", $"cannot write {file}: {e.Message}"), Words.Say(language, "检查输出路径", "check the output path"));
        }
    }
}
