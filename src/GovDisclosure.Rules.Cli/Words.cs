namespace GovDisclosure.Rules.Cli;

/// <summary>A message of the tool in the chosen language: with <c>--lang en</c> English only, otherwise Chinese with the English after it.</summary>
internal static class Words
{
    public static string Say(MessageLanguage language, string chinese, string english) =>
        language == MessageLanguage.English ? english : $"{chinese} ({english})";
}

/// <summary>A text of the command line written in both languages: help shows one of them, the README both.</summary>
internal sealed record Said(string Chinese, string English)
{
    public string In(MessageLanguage language) => language == MessageLanguage.English ? English : Chinese;
}
