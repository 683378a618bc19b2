using GovDisclosure.Rules;
using GovDisclosure.Rules.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

// A minimal portal back end: the upload page in wwwroot, the two endpoints it posts to, and a host endpoint of its own.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGovDisclosureRules();

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGovDisclosureValidation("/reports/validate");
app.MapGovDisclosureDiff("/reports/diff");

// A host's own endpoint taking a report body: bound strictly, validated before the handler runs.
app.MapPost("/reports", (AnnualReport report) => Results.Ok(new { report.Year, Agency = report.Agency.Name }))
    .WithReportValidation();
app.Run();

/// <summary>The entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
