using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Messages;

public class MessageCatalogTests
{
    [Fact]
    public void Both_catalogues_have_the_same_keys_and_each_template_the_same_placeholders()
    {
        // The audit page's "and N more": the Chinese counts every outlier ({0}), the English those not listed ({1}).
        string[] differing = ["Audit.MoreOutliers"];
        Assert.Equal(MessageCatalog.Chinese.Keys, MessageCatalog.English.Keys);
        Assert.All(MessageCatalog.Chinese.Keys.Except(differing), key =>
            Assert.True(Placeholders(MessageCatalog.Chinese.Template(key)) == Placeholders(MessageCatalog.English.Template(key)), key));
        Assert.All(differing, key => Assert.True(MessageCatalog.Chinese.Contains(key), key));
    }

    [Fact]
    public void Every_template_is_a_composite_format_that_takes_its_arguments()
    {
        Assert.All(new[] { MessageCatalog.Chinese, MessageCatalog.English }, catalog => Assert.All(catalog.Keys, key =>
        {
            var arguments = Enumerable.Range(0, 8).Select(i => (object?)i).ToArray();
            Assert.NotNull(catalog.Format(key, arguments));
        }));
    }

    [Fact]
    public void Every_built_in_rule_has_its_title_and_template_in_both_catalogues()
    {
        Assert.All(RuleCatalog.All, rule =>
        {
            Assert.Equal(rule.Title, MessageCatalog.Chinese.Template(rule.Id + ".Title"));
            Assert.Equal(rule.EnglishTitle, MessageCatalog.English.Template(rule.Id + ".Title"));
            Assert.Equal(rule.MessageFormat, MessageCatalog.Chinese.Template(rule.Id));
            Assert.Equal(rule.EnglishMessageFormat, MessageCatalog.English.Template(rule.Id));
        });
    }

    [Theory]
    [InlineData("zh", MessageLanguage.Chinese)]
    [InlineData("zh-CN", MessageLanguage.Chinese)]
    [InlineData("zh-Hans", MessageLanguage.Chinese)]
    [InlineData("zh-Hant", MessageLanguage.Chinese)]
    [InlineData("zh-TW", MessageLanguage.Chinese)]
    [InlineData("en", MessageLanguage.English)]
    [InlineData("en-US", MessageLanguage.English)]
    [InlineData("en-GB", MessageLanguage.English)]
    [InlineData("fr-FR", MessageLanguage.Chinese)]
    [InlineData("", MessageLanguage.Chinese)]
    public void A_culture_chooses_its_language_and_any_other_falls_back_to_Chinese(string name, MessageLanguage expected)
    {
        var culture = name.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(name);
        Assert.Equal(expected, MessageLanguages.From(culture));
        Assert.Same(MessageCatalog.For(expected), MessageCatalog.For(culture));
        Assert.Equal(expected, MessageCatalog.For(culture).Language);
    }

    [Theory]
    [InlineData("zh-Hans", true, MessageLanguage.Chinese)]
    [InlineData("ZH", true, MessageLanguage.Chinese)]
    [InlineData("en_US", true, MessageLanguage.English)]
    [InlineData("de", false, MessageLanguage.Chinese)]
    [InlineData("eng", false, MessageLanguage.Chinese)]
    [InlineData("*", false, MessageLanguage.Chinese)]
    public void A_language_tag_is_Chinese_English_or_neither(string tag, bool known, MessageLanguage expected)
    {
        Assert.Equal(known, MessageLanguages.TryFrom(tag, out var language));
        Assert.Equal(expected, language);
    }

    [Fact]
    public void Bad_calls_throw()
    {
        Assert.Throws<ArgumentNullException>(() => MessageLanguages.From(null!));
        Assert.Throws<ArgumentNullException>(() => MessageCatalog.For((CultureInfo)null!));
        Assert.Throws<ArgumentException>(() => MessageCatalog.Chinese.Template("No.Such.Key"));
        Assert.Throws<ArgumentNullException>(() => MessageCatalog.English.Format((Finding)null!));
    }

    [Fact]
    public void A_finding_without_a_key_is_worded_as_it_is_and_one_with_a_key_in_either_language()
    {
        var plain = new Finding("X001", Severity.Warning, "自定义", "/year");
        Assert.Equal("自定义", MessageCatalog.English.Format(plain));
        Assert.Empty(plain.Arguments);

        var worded = ReportRules.YearInFuture.Find(MessageLanguage.Chinese, "/year", [2031, 2026]);
        Assert.Equal("报告年度 2031 晚于当前年度 2026", worded.Message);
        Assert.Equal("The report year 2031 is after the current year 2026", MessageCatalog.English.Format(worded));
        Assert.Equal(worded, worded.WithArguments("Other", []));
        Assert.Equal(["GD002", "GD002", "GD002"], new[] { worded.WithSeverity(Severity.Error), worded.WithLocation(3, 4), worded.WithPlace(SourcePlace.AtLine(2)) }.Select(f => f.MessageKey));
    }

    [Fact]
    public void A_part_is_worded_by_the_catalogue_that_fills_it_in()
    {
        var part = new MessagePart("Report.LastYear");
        Assert.Equal("上一年度报告：", part.In(MessageCatalog.Chinese));
        Assert.Equal("Last year's report: ", part.In(MessageCatalog.English));
        Assert.Equal("Last year's report: The report year 2031 is after the current year 2026",
            MessageCatalog.English.Format("Message.Whose", part, new MessagePart("GD002", 2031, 2026)));
    }

    /// <summary>
    /// Every choice between Chinese and English is made in Messages/: anywhere else a comparison with
    /// MessageLanguage.English (or a flag named english) would be a wording the catalogues do not hold.
    /// </summary>
    [Fact]
    public void No_file_of_the_core_outside_Messages_chooses_a_language_itself()
    {
        var root = RepositoryFiles.PathOf("src", "GovDisclosure.Rules");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(p => (Path: Path.GetRelativePath(root, p).Replace('\\', '/'), Text: File.ReadAllText(p)))
            .Where(f => !f.Path.StartsWith("Messages/", StringComparison.Ordinal) && !f.Path.StartsWith("obj/", StringComparison.Ordinal) && !f.Path.StartsWith("bin/", StringComparison.Ordinal))
            .SelectMany(f => InlineChoices(f.Text).Select(c => f.Path + ": " + c))
            .ToArray();
        Assert.True(offenders.Length == 0, "Inline language choices:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("var s = language == MessageLanguage.English ? \"a\" : \"b\";")]
    [InlineData("var s = MessageLanguage.English == language ? \"a\" : \"b\";")]
    [InlineData("var s = language is MessageLanguage.English ? \"a\" : \"b\";")]
    [InlineData("var english = options.Language == MessageLanguage.English;")]
    [InlineData("var s = language != MessageLanguage.Chinese ? \"a\" : \"b\";")]
    [InlineData("return language switch { MessageLanguage.English => \"a\", _ => \"b\" };")]
    public void The_scan_sees_an_inline_choice(string code) => Assert.NotEmpty(InlineChoices(code));

    [Theory]
    [InlineData("/// <summary>用 <see cref=\"MessageLanguage.English\"/>。</summary>")]
    [InlineData("var catalog = MessageCatalog.For(options.Language);")]
    [InlineData("Language = MessageLanguage.English,")]
    public void The_scan_passes_what_is_not_a_choice(string code) => Assert.Empty(InlineChoices(code));

    private static string[] InlineChoices(string source) =>
        source.Split('\n')
            .Select(line => line.Trim())
            .Where(line => !line.StartsWith("//", StringComparison.Ordinal))
            .Where(line => Regex.IsMatch(line, @"(==|!=|\bis)\s*MessageLanguage\.\w+|MessageLanguage\.\w+\s*(==|!=)|MessageLanguage\.\w+\s*=>|\benglish\s*\?"))
            .ToArray();

    private static int Placeholders(string template) =>
        Regex.Matches(template, @"(?<!\{)\{(\d+)").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
}
