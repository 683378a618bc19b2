using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// <c>@file</c> on the command line stands for the words in the file: each line split at white space, "double quotes"
/// keeping a word together, lines starting with # left out. Words after <c>--</c> are never read as files.
/// </summary>
internal static class ResponseFiles
{
    public static string[] Expand(string[] args, MessageLanguage language)
    {
        var words = new List<string>();
        var endOfOptions = false;
        foreach (var arg in args)
        {
            if (endOfOptions || arg.Length < 2 || arg[0] != '@')
            {
                endOfOptions |= arg == "--";
                words.Add(arg);
                continue;
            }

            var file = arg[1..];
            string[] lines;
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new UsageException(Words.Say(language, $"无法读取响应文件 {file}", $"cannot read the response file {file}"),
                    Words.Say(language, "@ 后应为可读的文件，每行一个或多个参数", "@ should name a readable file, one or more arguments a line"));
            }

            foreach (var line in lines)
            {
                if (!line.TrimStart().StartsWith('#'))
                {
                    words.AddRange(Split(line));
                }
            }
        }

        return [.. words];
    }

    private static IEnumerable<string> Split(string line)
    {
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (any)
                {
                    yield return word.ToString();
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }

        if (any)
        {
            yield return word.ToString();
        }
    }
}
