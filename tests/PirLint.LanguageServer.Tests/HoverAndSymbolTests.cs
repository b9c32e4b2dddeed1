using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using PirLint.Schema;

namespace PirLint.LanguageServer.Tests;

public sealed class HoverAndSymbolTests
{
    [Fact]
    public async Task HoverOverAFieldNameShowsTheSchemasDescriptionAndAllowedValues()
    {
        using var workspace = new TempWorkspace();
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var _c = client;
        var uri = workspace.Uri("a.pir.yaml");
        var text = Reviews.CleanYaml;
        await client.OpenAsync(uri, text);
        var (line, character) = Reviews.Find(text, "severity:");
        var hover = (await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = LspTestClient.TextDocument(uri),
            ["position"] = LspTestClient.Position(line, character + 3),
        }))!;
        var value = hover["contents"]!["value"]!.GetValue<string>();
        var description = PirSchema.Default.Root.FindProperty("incident_summary")!.FindProperty("severity")!.Description!;
        Assert.Contains(description, value, System.StringComparison.Ordinal);
        Assert.Contains("Allowed: `sev1`, `sev2`, `sev3`, `sev4`, `sev5`", value, System.StringComparison.Ordinal);
        Assert.Equal(character, hover["range"]!["start"]!["character"]!.GetValue<int>());
    }

    [Fact]
    public async Task HoverOverADiagnosticShowsTheRuleTitleAndItsPage()
    {
        using var workspace = new TempWorkspace();
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var _c = client;
        var uri = workspace.Uri("a.pir.yaml");
        var text = Reviews.YamlWith("severity: \"sev2\"", "severity: SEV2");
        await client.OpenAsync(uri, text);
        await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0);
        var (line, character) = Reviews.Find(text, "SEV2");
        var hover = (await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = LspTestClient.TextDocument(uri),
            ["position"] = LspTestClient.Position(line, character + 1),
        }))!;
        var value = hover["contents"]!["value"]!.GetValue<string>();
        Assert.Contains("**PIR004** Value is not one of the allowed values", value, System.StringComparison.Ordinal);
        Assert.Contains("(https://github.com/pirlint/pirlint/blob/main/rules/PIR004.md)", value, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentSymbolsOutlineTheFieldsAndSectionsOfAMarkdownReview()
    {
        using var workspace = new TempWorkspace();
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var _c = client;
        var uri = workspace.Uri("a.pir.md");
        var text = Reviews.CleanMarkdown;
        await client.OpenAsync(uri, text);
        var symbols = (JsonArray)(await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = LspTestClient.TextDocument(uri) }))!;
        var names = symbols.Select(s => s!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(new[] { "incident_summary", "impact", "analysis", "review_date", "facilitator", "attendees", "ai_agent", "timeline", "root_causes", "contributing_factors", "what_went_well", "what_went_poorly", "action_items" }, names);
        var actionItems = symbols.Single(s => s!["name"]!.GetValue<string>() == "action_items")!;
        var (headingLine, _) = Reviews.Find(text, "## Action items");
        Assert.Equal(headingLine, actionItems["selectionRange"]!["start"]!["line"]!.GetValue<int>());
        var items = (JsonArray)actionItems["children"]!;
        Assert.Equal(5, items.Count);
        Assert.StartsWith("Add a regression eval suite", items[0]!["name"]!.GetValue<string>(), System.StringComparison.Ordinal);
        var severity = symbols[0]!["children"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "severity")!;
        Assert.Equal("sev2", severity["detail"]!.GetValue<string>());
    }
}
