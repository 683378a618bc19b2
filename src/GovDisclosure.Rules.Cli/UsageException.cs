using System;

namespace GovDisclosure.Rules.Cli;

/// <summary>A mistake in how the tool was called: answered in one line on stderr with exit code 2.</summary>
internal sealed class UsageException(string message, string? hint = null) : Exception(message)
{
    /// <summary>What to try instead, shown after the message.</summary>
    public string Hint { get; } = hint ?? "运行 govdisclosure --help 查看用法 (run govdisclosure --help for usage)";
}
