using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Documents.Tests.Import;
using GovDisclosure.Rules.Documents.Word;
using GovDisclosure.Rules.Text;
using Xunit;
using static GovDisclosure.Rules.Documents.Tests.Word.WordMarkup;

namespace GovDisclosure.Rules.Documents.Tests.Word;

/// <summary>
/// The markup a .docx may hold beyond runs and tables, read from raw packages: what the reader makes of alternate content,
/// ISO strict namespaces, symbols, hyphens, fields, moved and deleted text, and the package's own parts.
/// </summary>
public class WordMarkupTests
{
    private static IReadOnlyList<ReportBlock> Blocks(string body, bool strict = false) =>
        WordBlockReader.Read(WordMarkup.Body(body, strict), DocumentImportOptions.Default);

    private static string[] Texts(string body, bool strict = false) => Blocks(body, strict).Select(b => b.Text).ToArray();

    private const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private const string ShapeNamespace = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    private static string Run(string text) => "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";

    private static string Para(string inner) => "<w:p>" + inner + "</w:p>";

    [Fact]
    public void A_strict_document_reads_as_its_transitional_twin()
    {
        var body = Para(Run("标题")) + "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + Para(Run("甲")) + "</w:tc></w:tr></w:tbl>";
        Assert.Equal(["标题", "甲\t甲"], Texts(body, strict: true));
        Assert.Equal(Texts(body), Texts(body, strict: true));
    }

    [Fact]
    public void Alternate_content_reads_one_of_its_choices_never_both()
    {
        var run = "<mc:AlternateContent><mc:Choice Requires=\"w14\">" + Run("新") + "</mc:Choice><mc:Fallback>" + Run("旧") + "</mc:Fallback></mc:AlternateContent>";
        Assert.Equal(["前新后"], Texts(Para(Run("前") + run + Run("后"))));
    }

    [Fact]
    public void Alternate_content_without_a_choice_reads_its_fallback()
    {
        var run = "<mc:AlternateContent><mc:Fallback>" + Run("旧") + "</mc:Fallback></mc:AlternateContent>";
        Assert.Equal(["前旧"], Texts(Para(Run("前") + run)));
    }

    [Fact]
    public void A_symbol_a_soft_hyphen_and_a_positional_tab_add_nothing_a_no_break_hyphen_a_hyphen()
    {
        var runs = "<w:r><w:t>甲</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:softHyphen/><w:noBreakHyphen/><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/><w:t>乙</w:t></w:r>";
        Assert.Equal(["甲-乙"], Texts(Para(runs)));
    }

    [Fact]
    public void A_complex_field_reads_as_its_result_and_a_simple_field_as_its_content()
    {
        var field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + Run("3") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:fldSimple w:instr=\" DATE \">" + Run("2023年1月") + "</w:fldSimple>";
        Assert.Equal(["共3页，2023年1月"], Texts(Para(Run("共") + field.Replace("<w:fldSimple", Run("页，") + "<w:fldSimple"))));
    }

    [Fact]
    public void Moved_text_reads_at_its_new_place_and_deleted_text_is_gone()
    {
        var runs = "<w:moveFrom w:id=\"1\" w:author=\"甲\">" + Run("旧处") + "</w:moveFrom>" + Run("本年")
            + "<w:moveTo w:id=\"2\" w:author=\"甲\">" + Run("新处") + "</w:moveTo>"
            + "<w:del w:id=\"3\" w:author=\"甲\"><w:r><w:delText>删去</w:delText></w:r></w:del>";
        Assert.Equal(["本年新处"], Texts(Para(runs)));
    }

    [Fact]
    public void Paragraphs_inside_inserted_custom_xml_and_content_controls_are_body_paragraphs()
    {
        var body = Para(Run("一")) + "<w:ins w:id=\"1\" w:author=\"甲\">" + Para(Run("二")) + "</w:ins>"
            + "<w:customXml w:element=\"x\"><w:customXmlPr/>" + Para(Run("三")) + "</w:customXml>"
            + "<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/></w:sdtPr><w:sdtContent>" + Para(Run("四")) + "</w:sdtContent></w:sdt>"
            + "<w:sectPr/>";
        var blocks = Blocks(body);
        Assert.Equal(["一", "二", "三", "四"], blocks.Select(b => b.Text));
        Assert.Equal(SourcePlace.AtParagraph(4), blocks[3].Place);
    }

    [Fact]
    public void A_text_box_in_a_body_paragraph_reads_into_it_once()
    {
        // As Word writes a text box: a DrawingML shape, and a VML one for older readers.
        var inside = "<w:txbxContent>" + Para(Run("框内")) + "</w:txbxContent>";
        var box = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"" + DrawingNamespace + "\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
            + "<a:graphicData uri=\"" + ShapeNamespace + "\"><wps:wsp xmlns:wps=\"" + ShapeNamespace + "\"><wps:txbx>" + inside + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:rect xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>" + inside + "</v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        Assert.Equal(["框外框内"], Texts(Para(Run("框外") + box)));
    }

    [Fact]
    public void Row_and_cell_content_controls_are_read_through_and_a_nested_table_reads_into_its_cell()
    {
        var nested = "<w:tbl><w:tr><w:tc>" + Para(Run("子一")) + "</w:tc><w:tc>" + Para(Run("子二")) + "</w:tc></w:tr></w:tbl>";
        var body = "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:sdt><w:sdtContent><w:tc>" + Para(Run("甲")) + "</w:tc></w:sdtContent></w:sdt>"
            + "<w:tc>" + Para(Run("乙")) + nested + Para(Run("丙")) + "</w:tc></w:tr></w:sdtContent></w:sdt></w:tbl>" + Para(Run("后"));
        var blocks = Blocks(body);
        Assert.Equal(["甲", "乙\n子一\n子二\n丙"], blocks[0].Cells.Select(c => c.Text));
        Assert.Equal(SourcePlace.InTable(1, 1, 2), blocks[0].Cells[1].Place);
        Assert.Equal(SourcePlace.AtParagraph(1), blocks[1].Place);
    }

    [Fact]
    public void Whitespace_inside_a_text_is_kept_and_markup_outside_texts_adds_nothing()
    {
        var runs = "<w:r><w:rPr><w:rFonts w:eastAsia=\"仿宋\"/></w:rPr><w:t xml:space=\"preserve\">甲  </w:t></w:r>\n  <w:bookmarkStart w:id=\"0\" w:name=\"a\"/><w:r><w:t>乙</w:t></w:r>";
        Assert.Equal(["甲  乙"], Texts("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>" + runs + "</w:p>"));
    }

    [Fact]
    public void The_body_is_found_after_an_empty_element_of_the_document()
    {
        var document = "<w:document xmlns:w=\"" + Transitional + "\"><w:background w:color=\"FFFFFF\"/><w:body>" + Para(Run("正文")) + "</w:body></w:document>";
        Assert.Equal(["正文"], WordBlockReader.Read(Package(document), DocumentImportOptions.Default).Select(b => b.Text));
    }

    [Fact]
    public void The_main_part_is_the_one_the_package_relationship_names()
    {
        var elsewhere = LimitTests.Package(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"XML\" ContentType=\"" + MainContentType + "\"/></Types>"),
            ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"a\" Type=\"" + TransitionalRelationship + "\" Target=\"/Word/Main.xml\"/></Relationships>"),
            ("word/document.xml", Document(Para(Run("不是这一部分")))),
            ("word/main.xml", Document(Para(Run("主体")))));
        var blocks = WordBlockReader.Read(elsewhere, DocumentImportOptions.Default);
        Assert.Equal(["主体"], blocks.Select(b => b.Text));
    }

    public static TheoryData<string, byte[]> DamagedPackages() => new()
    {
        { "no relationships", LimitTests.Package(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), ("word/document.xml", Document(Para(Run("甲"))))) },
        { "no content types", LimitTests.Package(("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"a\" Type=\"" + TransitionalRelationship + "\" Target=\"word/document.xml\"/></Relationships>"), ("word/document.xml", Document(Para(Run("甲"))))) },
        { "a spreadsheet's content type", Package(Document(Para(Run("甲"))), contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml") },
        { "a relationship to a missing part", LimitTests.Package(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"a\" Type=\"" + TransitionalRelationship + "\" Target=\"word/gone.xml\"/></Relationships>"), ("word/document.xml", Document(Para(Run("甲"))))) },
        { "a root that is not a document", Package("<w:body xmlns:w=\"" + Transitional + "\"/>") },
        { "a gridSpan that is not a number", WordMarkup.Body("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"two\"/></w:tcPr>" + Para(Run("1")) + "</w:tc></w:tr></w:tbl>") },
        { "a vMerge of no known kind", WordMarkup.Body("<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val=\"down\"/></w:tcPr>" + Para(Run("1")) + "</w:tc></w:tr></w:tbl>") },
    };

    [Theory]
    [MemberData(nameof(DamagedPackages))]
    public void A_package_that_cannot_be_opened_as_a_word_document_is_refused_as_damaged(string name, byte[] docx)
    {
        var result = PublishedDocument.Import(docx, new DocumentImportOptions { Language = MessageLanguage.English });
        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("GDT008", finding.RuleId);
        Assert.True(finding.Message.Contains("damaged Word document", System.StringComparison.Ordinal), name + ": " + finding.Message);
    }

    [Fact]
    public void A_dtd_in_the_package_relationships_is_refused_as_a_limit()
    {
        var docx = LimitTests.Package(
            ("_rels/.rels", "<!DOCTYPE r [<!ENTITY a \"a\">]><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>"),
            ("word/document.xml", Document(Para(Run("甲")))));
        Assert.Contains("DTD", LimitTests.Refused(docx, new DocumentImportOptions { Language = MessageLanguage.English }).Message);
    }
}
