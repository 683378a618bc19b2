using GovDisclosure.Rules;
using GovDisclosure.Rules.AspNetCore;
using GovDisclosure.Rules.Documents;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;
using System;
using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

// A minimal portal back end: the upload page in wwwroot, the two endpoints it posts to, and a host endpoint of its own.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGovDisclosureRules();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGovDisclosureValidation("/reports/validate");
app.MapGovDisclosureDiff("/reports/diff");
app.MapOpenApi(); // /openapi/v1.json: the endpoints with the report, result and problem schemas

// A host's own endpoint taking a report body: bound strictly, validated before the handler runs.
app.MapPost("/reports", (AnnualReport report) => Results.Ok(new { report.Year, Agency = report.Agency.Name }))
    .WithReportValidation();
// What the upload page draws its tables from: the report's schema (labels) and the report itself, read as the endpoints read it.
app.MapGet("/portal/schema", () => Results.Text(ReportSchemas.Report, "application/schema+json"));
app.MapPost("/portal/report", async (IFormFile report) =>
{
    using var buffer = new MemoryStream();
    await report.CopyToAsync(buffer);
    var loaded = Path.GetExtension(report.FileName).ToLowerInvariant() switch
    {
        ".json" => ReportJson.Read(buffer.ToArray()),
        ".html" or ".htm" or ".docx" => PublishedDocument.Import(buffer.ToArray()),
        _ => PublishedText.Import(buffer.ToArray()),
    };
    return loaded.Report is { } read ? Results.Text(ReportJson.Write(read), "application/json") : Results.NoContent();
}).DisableAntiforgery();

app.Run();

/// <summary>The entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
