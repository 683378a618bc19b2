using GovDisclosure.Rules.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

// A minimal portal back end: the upload page in wwwroot, and the two endpoints it posts to.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGovDisclosureRules();

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGovDisclosureValidation("/reports/validate");
app.MapGovDisclosureDiff("/reports/diff");
app.Run();

/// <summary>The entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
