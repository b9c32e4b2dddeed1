using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace PirLint.LanguageServer.Tests;

public sealed class CompletionTests
{
    private const string AgentSchema = """
        type: object
        required: [incident_summary]
        properties:
          incident_summary:
            type: object
            properties:
              id:
                type: string
          ai_agent:
            type: object
            required: [name, autonomy]
            properties:
              name:
                type: string
                description: The agent, assistant or bot.
              autonomy:
                type: string
                enum: [suggests_only, acts_with_approval, acts_autonomously]
              prompt_version:
                type: string
        """;

    /// <summary>The labels offered where <paramref name="marker"/> stands in the text (the marker is removed first).</summary>
    private static async Task<List<string>> LabelsAt(string file, string textWithMarker, TempWorkspace workspace, string marker = "<|>")
    {
        var (line, character) = Reviews.Find(textWithMarker, marker);
        var text = textWithMarker.Replace(marker, string.Empty, System.StringComparison.Ordinal);
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var _c = client;
        var uri = workspace.Uri(file);
        await client.OpenAsync(uri, text);
        var list = (await client.RequestAsync("textDocument/completion", new JsonObject
        {
            ["textDocument"] = LspTestClient.TextDocument(uri),
            ["position"] = LspTestClient.Position(line, character),
        }))!;
        return ((JsonArray)list["items"]!).Select(i => i!["label"]!.GetValue<string>()).ToList();
    }

    [Fact]
    public async Task FieldNamesOfTheMappingAtTheCursorThatAreNotWrittenYet()
    {
        using var workspace = new TempWorkspace();
        var labels = await LabelsAt("a.pir.yaml", Reviews.YamlWith("  detected_by: \"customer_complaint\"\n", "  det<|>\n"), workspace);
        Assert.Contains("detected_by", labels);
        Assert.DoesNotContain("title", labels);
        Assert.DoesNotContain("timeline", labels);
    }

    [Fact]
    public async Task TopLevelFieldNamesAtTheStartOfALine()
    {
        using var workspace = new TempWorkspace();
        var labels = await LabelsAt("a.pir.yaml", Reviews.YamlWith("facilitator: \"sam-lee\"\n", "fa<|>\n"), workspace);
        Assert.Contains("facilitator", labels);
        Assert.DoesNotContain("incident_summary", labels);
        Assert.DoesNotContain("severity", labels);
    }

    [Fact]
    public async Task EnumValuesAfterAnEnumFieldsColon()
    {
        using var workspace = new TempWorkspace();
        var labels = await LabelsAt("a.pir.yaml", Reviews.YamlWith("severity: \"sev2\"", "severity: <|>"), workspace);
        Assert.Equal(new[] { "sev1", "sev2", "sev3", "sev4", "sev5" }, labels);
    }

    [Fact]
    public async Task FieldsAndValuesInsideAnActionItemOfAList()
    {
        using var workspace = new TempWorkspace();
        var fields = await LabelsAt("a.pir.yaml", Reviews.YamlWith("    status: \"closed\"\n    closed_date: \"2026-03-18\"\n    ticket_url: \"https://tracker.example.com/browse/AIOPS-412\"", "    st<|>\n    closed_date: \"2026-03-18\"\n    ticket_url: \"https://tracker.example.com/browse/AIOPS-412\""), workspace);
        Assert.Contains("status", fields);
        Assert.DoesNotContain("owner", fields);
        Assert.DoesNotContain("ticket_url", fields);
        Assert.DoesNotContain("closed_date", fields);
        var values = await LabelsAt("a.pir.yaml", Reviews.YamlWith("    owner: \"priya-natarajan\"\n    priority: \"p0_immediate\"", "    owner: \"priya-natarajan\"\n    priority: <|>"), workspace);
        Assert.Equal(new[] { "p0_immediate", "p1_this_week", "p2_this_quarter" }, values);
    }

    [Fact]
    public async Task ATeamsOwnSchemaSuppliesItsFieldsIncludingAnAiAgentBlock()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("pir.schema.yaml", AgentSchema);
        var root = await LabelsAt("a.pir.yaml", "incident_summary:\n  id: INC-1\nai<|>\n", workspace);
        Assert.Equal(new[] { "ai_agent" }, root);
        var inBlock = await LabelsAt("a.pir.yaml", "incident_summary:\n  id: INC-1\nai_agent:\n  name: refund-assistant\n  <|>\n", workspace);
        Assert.Equal(new[] { "autonomy", "prompt_version" }, inBlock.OrderBy(l => l).ToArray());
        var values = await LabelsAt("a.pir.yaml", "incident_summary:\n  id: INC-1\nai_agent:\n  autonomy: <|>\n", workspace);
        Assert.Equal(new[] { "suggests_only", "acts_with_approval", "acts_autonomously" }, values);
    }

    [Fact]
    public async Task FieldNamesAndValuesInAMarkdownFrontMatter()
    {
        using var workspace = new TempWorkspace();
        var values = await LabelsAt("a.pir.md", Reviews.MarkdownWith("  severity: \"sev2\"", "  severity: <|>"), workspace);
        Assert.Equal(new[] { "sev1", "sev2", "sev3", "sev4", "sev5" }, values);
        var fields = await LabelsAt("a.pir.md", Reviews.MarkdownWith("facilitator: \"sam-lee\"\n", "fac<|>\n"), workspace);
        Assert.Contains("facilitator", fields);
        Assert.DoesNotContain("review_date", fields);
    }

    [Fact]
    public async Task TheEnumColumnsOfAMarkdownActionItemsTable()
    {
        using var workspace = new TempWorkspace();
        var priority = await LabelsAt("a.pir.md", Reviews.MarkdownWith("| marco-rossi | p1_this_week |", "| marco-rossi | <|> |"), workspace);
        Assert.Equal(new[] { "p0_immediate", "p1_this_week", "p2_this_quarter" }, priority);
        var status = await LabelsAt("a.pir.md", Reviews.MarkdownWith("| 2026-03-25 | closed |", "| 2026-03-25 | <|> |"), workspace);
        Assert.Equal(new[] { "open", "in_progress", "closed" }, status);
        var owner = await LabelsAt("a.pir.md", Reviews.MarkdownWith("| marco-rossi | p1_this_week |", "| <|> | p1_this_week |"), workspace);
        Assert.Empty(owner);
    }
}
