using System.Linq;
using System.Text.Json;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests;

public class ConfigurationTests
{
    private static string Broken => Repository.CleanSample.ReplaceOnce("owner: \"li-wei\"", "owner: \"TBD\"");

    private static string[] Severities(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString() + ":" + d.GetProperty("severity").GetString()).ToArray();
    }

    [Fact]
    public void EditorConfigSectionLowersASeverityForMatchingFilesOnly()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n\n[legacy/**.pir.yaml]\npirlint.PIR101.severity = warning\n");
        folder.Write("legacy/old.pir.yaml", Broken.ReplaceEach("INC-2026-0317", "INC-2020-0001", 2));
        folder.Write("current/new.pir.yaml", Broken);
        var result = CliRunner.Run(folder.Path, "check", "--format", "json");
        Assert.Equal(new[] { "PIR101:error", "PIR101:warning" }, Severities(result));
        Assert.Equal(1, result.ExitCode);

        var legacyOnly = CliRunner.Run(folder.Path, "check", "legacy", "--format", "json");
        Assert.Equal(0, legacyOnly.ExitCode);
    }

    [Fact]
    public void EditorConfigNoneDropsTheDiagnostic()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.pir.yaml]\npirlint.PIR101.severity = none\n");
        folder.Write("a.pir.yaml", Broken);
        var result = CliRunner.Run(folder.Path, "check");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 error(s), 0 warning(s)", result.Stdout);
    }

    [Fact]
    public void GlobalConfigSetsTheProjectWideSeverity()
    {
        using var folder = new TempFolder();
        folder.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.PIR101.severity = suggestion\n");
        folder.Write("a.pir.yaml", Broken);
        var result = CliRunner.Run(folder.Path, "check", "--format", "json");
        Assert.Equal(new[] { "PIR101:info" }, Severities(result));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void DotnetDiagnosticKeyInAnEditorConfigSectionIsPointedOutAndIgnored()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.pir.yaml]\ndotnet_diagnostic.PIR101.severity = none\n");
        folder.Write("a.pir.yaml", Broken);
        var result = CliRunner.Run(folder.Path, "check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'dotnet_diagnostic.PIR101.severity' in an .editorconfig section does not apply", result.Stderr);
        Assert.Contains("pirlint.PIR101.severity", result.Stderr);
    }

    [Fact]
    public void OptionsComeFromTheEditorConfig()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.pir.yaml]\npirlint.action_items.max = 4\n");
        folder.Write("a.pir.yaml", Repository.CleanSample);
        var result = CliRunner.Run(folder.Path, "check", "--format", "json");
        Assert.Equal(new[] { "PIR103:error" }, Severities(result));
    }

    [Fact]
    public void ConfigOptionReplacesTheEditorConfigsAboveTheFiles()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.pir.yaml]\npirlint.PIR101.severity = none\n");
        folder.Write("a.pir.yaml", Broken);
        folder.Write("ci.editorconfig", "root = true\n[*.pir.yaml]\npirlint.PIR101.severity = warning\n");
        var result = CliRunner.Run(folder.Path, "check", "a.pir.yaml", "--config", "ci.editorconfig", "--format", "json");
        Assert.Equal(new[] { "PIR101:warning" }, Severities(result));
    }

    [Fact]
    public void NearestProjectSchemaApplies()
    {
        using var folder = new TempFolder();
        var withModel = Repository.CleanSample.ReplaceOnce("  detected_by: \"customer_complaint\"", "  detected_by: \"customer_complaint\"\n  model_version: gpt-x-2026-03");
        folder.Write("a.pir.yaml", withModel);
        var before = CliRunner.Run(folder.Path, "check", "--format", "json");
        Assert.Equal(new[] { "PIR005:warning" }, Severities(before));

        var schema = SchemaCommandTests.DefaultSchemaText().ReplaceOnce(
            "      detected_by:\n",
            "      model_version:\n        description: The model the agent ran.\n        type: string\n      detected_by:\n");
        Assert.Contains("model_version", schema);
        folder.Write("pir.schema.yaml", schema);
        var after = CliRunner.Run(folder.Path, "check", "--format", "json");
        Assert.Empty(Severities(after));
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public void BrokenProjectSchemaIsReportedInTheSchemaFile()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", Repository.CleanSample);
        folder.Write("pir.schema.yaml", "type: object\nproperties:\n  x:\n    type: string\n    oneOf: []\n");
        var result = CliRunner.Run(folder.Path, "check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pir.schema.yaml(5,5,5,10): error PIR001: schema: the keyword 'oneOf' is not supported", result.Stdout);
    }
}
