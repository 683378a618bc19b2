using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Rules.Benchmarks.Plain;

// The document of docs/format.md §4 as the plain mutable classes a host would write for JsonSerializer: the baseline's
// model. Member names are the JSON names in PascalCase (the serializer context camel-cases them); `required` makes
// the serializer reject a missing member, as the strict reader does.

public sealed class PlainReport
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public required string FormatVersion { get; set; }

    public required int Year { get; set; }

    public required PlainAgency Agency { get; set; }

    public string? Preamble { get; set; }

    public required PlainOverview Overview { get; set; }

    public required PlainProactiveDisclosure ProactiveDisclosure { get; set; }

    public required PlainApplications Applications { get; set; }

    public required PlainReviewsAndLitigation ReviewsAndLitigation { get; set; }

    public required string ProblemsAndImprovements { get; set; }

    public required string OtherMatters { get; set; }

    public JsonElement? Extensions { get; set; }
}

public sealed class PlainAgency
{
    public required string Name { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }
}

public sealed class PlainOverview
{
    public required string Summary { get; set; }

    public string? ProactiveDisclosure { get; set; }

    public string? RequestedDisclosure { get; set; }

    public string? InformationManagement { get; set; }

    public string? PlatformBuilding { get; set; }

    public string? Oversight { get; set; }
}

public sealed class PlainProactiveDisclosure
{
    public required PlainDocumentCounts Regulations { get; set; }

    public required PlainDocumentCounts NormativeDocuments { get; set; }

    public required PlainDecisionCount Licensing { get; set; }

    public required PlainDecisionCount Punishment { get; set; }

    public required PlainDecisionCount Compulsion { get; set; }

    public required PlainFeeAmount Fees { get; set; }
}

public sealed class PlainDocumentCounts
{
    public required long Issued { get; set; }

    public required long Repealed { get; set; }

    public required long InForce { get; set; }
}

public sealed class PlainDecisionCount
{
    public required long Decisions { get; set; }
}

public sealed class PlainFeeAmount
{
    public required decimal AmountTenThousandYuan { get; set; }
}
