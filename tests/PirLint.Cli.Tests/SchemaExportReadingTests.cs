using System.Linq;
using System.Text.Json;

namespace PirLint.Cli.Tests;

/// <summary>The JSON Schema export carries format v1.1's new fields as the embedded schema defines them.</summary>
public class SchemaExportReadingTests
{
    [Fact]
    public void ExportsSummaryStartedAtAndResolvedAt()
    {
        var result = CliRunner.Run(Repository.Root, "schema");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var properties = json.RootElement.GetProperty("properties");
        var incident = properties.GetProperty("incident_summary").GetProperty("properties");

        Assert.Equal("string", properties.GetProperty("summary").GetProperty("type").GetString());
        foreach (var name in new[] { "started_at", "resolved_at" })
        {
            Assert.Equal("string", incident.GetProperty(name).GetProperty("type").GetString());
            Assert.Equal("date-time", incident.GetProperty(name).GetProperty("format").GetString());
        }

        Assert.DoesNotContain("started_at", json.RootElement.GetProperty("properties").GetProperty("incident_summary").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }
}
