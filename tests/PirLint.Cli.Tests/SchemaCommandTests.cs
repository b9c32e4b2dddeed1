using System.IO;
using System.Linq;
using System.Text.Json;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests;

public class SchemaCommandTests
{
    internal static string DefaultSchemaText() => PirLint.Schema.SchemaLoader.DefaultText;

    [Fact]
    public void ExportsTheDefaultSchemaAsJsonSchema()
    {
        var result = CliRunner.Run(Repository.Root, "schema");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal("object", root.GetProperty("type").GetString());
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        var severity = root.GetProperty("properties").GetProperty("incident_summary").GetProperty("properties").GetProperty("severity");
        Assert.Equal(new[] { "sev1", "sev2", "sev3", "sev4", "sev5" }, severity.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var owner = root.GetProperty("properties").GetProperty("action_items").GetProperty("items").GetProperty("properties").GetProperty("owner");
        Assert.Equal("PIR101", owner.GetProperty("x-pirlint-rule").GetString());
        Assert.False(string.IsNullOrEmpty(owner.GetProperty("description").GetString()));
    }

    [Fact]
    public void TheExportCanBeSavedAsAProjectSchemaAndGivesTheSameResults()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.Path, "schema", "--out", "pir.schema.yaml").ExitCode);
        folder.Write("a.pir.yaml", Repository.CleanSample.ReplaceOnce("severity: \"sev2\"", "severity: \"SEV2\""));
        var withExport = CliRunner.Run(folder.Path, "check");
        File.Delete(Path.Combine(folder.Path, "pir.schema.yaml"));
        var withDefault = CliRunner.Run(folder.Path, "check");
        Assert.Equal(withDefault.Stdout, withExport.Stdout);
        Assert.StartsWith("a.pir.yaml(8,13,8,19): error PIR004: 'severity' is 'SEV2'", withExport.Stdout);
        Assert.EndsWith("1 file(s) checked: 1 error(s), 0 warning(s), 0 info(s).", withExport.Stdout.TrimEnd());
    }
}
