using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

public class SeedImportTests
{
    [Fact]
    public void The_seed_imports_without_any_finding_and_equals_the_JSON_example()
    {
        var result = PublishedText.Import(SeedText.Text);

        Assert.Empty(result.Findings);
        SeedText.AssertSameReport(JsonDocuments.ExampleReport, result.Report);
    }
}
