using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;
using PirLint.TestSupport;
using YamlDotNet.RepresentationModel;

namespace PirLint.Cli.Tests;

/// <summary>The exported schema read by an independent JSON Schema 2020-12 implementation (JsonSchema.Net).</summary>
public class SchemaExportValidationTests
{
    private static JsonNode Export(params string[] flags)
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.Path, new[] { "schema", "--out", "s.json" }.Concat(flags).ToArray()).ExitCode);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "s.json")))!;
    }

    /// <summary>A YAML review as JSON: plain scalars that are whole numbers become numbers, as a YAML 1.2 reader types them.</summary>
    private static JsonNode? ToJson(YamlNode node) =>
        node switch
        {
            YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
            YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
            YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when long.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            YamlScalarNode scalar => JsonValue.Create(scalar.Value),
            _ => null,
        };

    private static JsonNode Review(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return ToJson(stream.Documents[0].RootNode)!;
    }

    [Theory]
    [InlineData]
    [InlineData("--editor")]
    public void TheExportIsAValidDraft202012Schema(params string[] flags)
    {
        Assert.False(MetaSchemas.Draft202012.Evaluate(JsonNode.Parse("{\"type\": 5}")).IsValid); // the reader does check
        var results = MetaSchemas.Draft202012.Evaluate(Export(flags), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("; ", results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData]
    [InlineData("--editor")]
    public void TheCleanSampleIsValidAndABadEnumValueIsNot(params string[] flags)
    {
        var schema = JsonSchema.FromText(Export(flags).ToJsonString());
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        var clean = schema.Evaluate(Review(Repository.CleanSample), options);
        Assert.True(clean.IsValid, string.Join("; ", clean.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        var bad = schema.Evaluate(Review(Repository.CleanSample.ReplaceOnce("severity: \"sev2\"", "severity: SEV2")), options);
        Assert.False(bad.IsValid);
        Assert.Contains(bad.Details, d => d.HasErrors && d.InstanceLocation.ToString() == "/incident_summary/severity" && d.Errors!.ContainsKey("enum"));
    }

    [Fact]
    public void TheEditorExportChecksDateTimesInTheContractsForm()
    {
        var schema = JsonSchema.FromText(Export("--editor").ToJsonString());
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        Assert.True(schema.Evaluate(Review(Repository.CleanSample.ReplaceOnce("time: \"2026-03-15T14:00Z\"", "time: \"2026-03-15T14:00:30+01:00\"")), options).IsValid);
        var bad = schema.Evaluate(Review(Repository.CleanSample.ReplaceOnce("time: \"2026-03-15T14:00Z\"", "time: \"15 March, 2pm\"")), options);
        Assert.Contains(bad.Details, d => d.HasErrors && d.InstanceLocation.ToString() == "/timeline/0/time" && d.Errors!.ContainsKey("pattern"));
    }
}
