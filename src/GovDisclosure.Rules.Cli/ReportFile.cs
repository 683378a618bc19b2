namespace GovDisclosure.Rules.Cli;

/// <summary>
/// A report file to read: <paramref name="Path"/> as the user gave or a folder's walk found it (what output names),
/// <paramref name="RealPath"/> the full path with links resolved (what is opened, and what tells one file from another), and
/// whether the walk already saw it to be a regular file, so that it is not looked at again before it is opened.
/// </summary>
internal sealed record ReportFile(string Path, string RealPath, bool KnownRegular);
