using System.IO;
using System.Linq;
using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Documents;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// The seed published on a portal-sized page (navigation, sidebar, scripts and footer around the article, about
/// 150 KB): the whole import — decoding, parsing, blocks, the matcher — against AngleSharp parsing the page alone.
/// Target: at most 1.5×.
/// </summary>
public class HtmlImportBenchmarks
{
    private byte[] page = [];
    private string text = "";

    [GlobalSetup]
    public void Setup()
    {
        var seed = SampleDocuments.Report(SampleDocuments.Seed);
        var links = string.Concat(Enumerable.Range(0, 400).Select(i => $"<li><a href=\"/zwgk/{i}.html\">政务公开栏目第{i}项</a></li>\n"));
        text = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年报</title><style>" + new string(' ', 4000) + "</style>"
            + "<script>" + string.Concat(Enumerable.Repeat("var x = '<p>';\n", 500)) + "</script></head><body>\n"
            + "<nav><ul>" + links + "</ul></nav><div class=\"breadcrumb\">首页 &gt; 政务公开</div>\n"
            + "<table class=\"layout\"><tr><td class=\"sidebar\"><ul>" + links + "</ul></td><td><div class=\"article\">\n"
            + PublishedDocument.ExportHtml(seed) + "</div></td></tr></table>\n<div class=\"footer\"><ul>" + links + "</ul></div></body></html>";
        page = Encoding.UTF8.GetBytes(text);
        LoadBenchmarks.Require(Import() is not null, "the page does not import");
    }

    [Benchmark(Baseline = true)]
    public int AngleSharpParseAlone() => new HtmlParser().ParseDocument(text).All.Length;

    [Benchmark]
    public AnnualReport? Import() => PublishedDocument.Import(page).Report;
}

/// <summary>
/// The seed as the official-template .docx: the whole import (ZipArchive and XmlReader, no Open XML SDK) against the Open
/// XML SDK reading the body's text alone. Target: at most 1.5×.
/// </summary>
public class DocxImportBenchmarks
{
    private byte[] docx = [];

    [GlobalSetup]
    public void Setup()
    {
        docx = PublishedDocument.ExportDocx(SampleDocuments.Report(SampleDocuments.Seed));
        LoadBenchmarks.Require(Import() is not null, "the .docx does not import");
    }

    [Benchmark(Baseline = true)]
    public int OpenXmlBodyAlone()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        var length = 0;
        foreach (var t in document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>())
        {
            length += t.Text.Length;
        }

        return length;
    }

    [Benchmark]
    public AnnualReport? Import() => PublishedDocument.Import(docx).Report;
}
