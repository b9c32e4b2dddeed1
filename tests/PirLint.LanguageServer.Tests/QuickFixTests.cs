using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace PirLint.LanguageServer.Tests;

public sealed class QuickFixTests
{
    /// <summary>Opens the text, waits for the diagnostic, asks for the code actions on its range, returns them.</summary>
    private static async Task<(JsonArray Actions, JsonNode Diagnostic)> ActionsFor(LspTestClient client, string uri, string text, string code)
    {
        await client.OpenAsync(uri, text);
        var diagnostics = (JsonArray)(await client.WaitForDiagnosticsAsync(uri, d => d.Any(x => x!["code"]!.GetValue<string>() == code)))["diagnostics"]!;
        var diagnostic = diagnostics.First(d => d!["code"]!.GetValue<string>() == code)!;
        var actions = (JsonArray)(await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = LspTestClient.TextDocument(uri),
            ["range"] = diagnostic["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) },
        }))!;
        return (actions, diagnostic);
    }

    private static JsonNode Titled(JsonArray actions, string title) =>
        actions.FirstOrDefault(a => a!["title"]!.GetValue<string>() == title) ?? throw new Xunit.Sdk.XunitException(
            $"no action '{title}' among: {string.Join(" | ", actions.Select(a => a!["title"]!.GetValue<string>()))}");

    private static async Task<string> Fix(string file, string text, string code, string title, TempWorkspace workspace)
    {
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var _c = client;
        var uri = workspace.Uri(file);
        var (actions, _) = await ActionsFor(client, uri, text, code);
        var action = Titled(actions, title);
        Assert.Equal("quickfix", action["kind"]!.GetValue<string>());
        Assert.Equal(code, action["diagnostics"]![0]!["code"]!.GetValue<string>());
        return Edits.Apply(text, action["edit"]!, uri);
    }

    /// <summary>The fixed text, opened again, no longer has the diagnostic.</summary>
    private static async Task AssertGone(string file, string text, string code, TempWorkspace workspace)
    {
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var _c = client;
        var uri = workspace.Uri(file);
        await client.OpenAsync(uri, text);
        var diagnostics = (JsonArray)(await client.WaitForDiagnosticsAsync(uri))["diagnostics"]!;
        Assert.DoesNotContain(diagnostics, d => d!["code"]!.GetValue<string>() == code);
    }

    /// <summary>The fixed text, opened again, has no diagnostic at all: the fix silenced its rule and broke nothing.</summary>
    private static async Task AssertClean(string file, string text, TempWorkspace workspace)
    {
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var _c = client;
        var uri = workspace.Uri(file);
        await client.OpenAsync(uri, text);
        Assert.Empty((JsonArray)(await client.WaitForDiagnosticsAsync(uri))["diagnostics"]!);
    }

    [Fact]
    public async Task Pir004IsFixedWithTheNearestAllowedValueAndNothingElseChanges()
    {
        using var workspace = new TempWorkspace();
        var fixedText = await Fix("a.pir.yaml", Reviews.YamlWith("severity: \"sev2\"", "severity: SEV2"), "PIR004", "Change 'SEV2' to 'sev2'", workspace);
        Assert.Equal(Reviews.YamlWith("severity: \"sev2\"", "severity: sev2"), fixedText);
    }

    [Fact]
    public async Task Pir004InAMarkdownTableCellGetsTheNearestPriority()
    {
        using var workspace = new TempWorkspace();
        var row = "| marco-rossi | p1_this_week |";
        var fixedText = await Fix("a.pir.md", Reviews.MarkdownWith(row, "| marco-rossi | P1 |"), "PIR004", "Change 'P1' to 'p1_this_week'", workspace);
        Assert.Equal(Reviews.CleanMarkdown, fixedText);
    }

    [Fact]
    public async Task Pir005IsFixedWithTheNearestKnownFieldName()
    {
        using var workspace = new TempWorkspace();
        var fixedText = await Fix("a.pir.yaml", Reviews.YamlWith("root_causes:", "root_cause:"), "PIR005", "Rename 'root_cause' to 'root_causes'", workspace);
        Assert.Equal(Reviews.CleanYaml, fixedText);
    }

    [Fact]
    public async Task Pir002InsertsTheMissingTopLevelFieldWithATodoAtTheEnd()
    {
        using var workspace = new TempWorkspace();
        var text = Reviews.YamlWith("review_date: \"2026-03-19\"\n", string.Empty);
        var fixedText = await Fix("a.pir.yaml", text, "PIR002", "Add 'review_date' with a TODO value", workspace);
        Assert.Equal(text + "review_date: TODO\n", fixedText);
    }

    [Fact]
    public async Task AnInsertedFieldKeepsTheFilesCrlfLineEndings()
    {
        using var workspace = new TempWorkspace();
        var text = Reviews.YamlWith("review_date: \"2026-03-19\"\n", string.Empty).Replace("\n", "\r\n", StringComparison.Ordinal);
        var fixedText = await Fix("a.pir.yaml", text, "PIR002", "Add 'review_date' with a TODO value", workspace);
        Assert.Equal(text + "review_date: TODO\r\n", fixedText);
    }

    [Fact]
    public async Task AMissingFieldOfAListItemIsInsertedAtTheItemsIndentation()
    {
        using var workspace = new TempWorkspace();
        var text = Reviews.YamlWith("    owner: \"li-wei\"\n", string.Empty);
        var fixedText = await Fix("a.pir.yaml", text, "PIR101", "Add 'owner' with a TODO value", workspace);
        var lastLine = "    ticket_url: \"https://tracker.example.com/browse/AIOPS-415\"\n";
        Assert.Equal(Reviews.Replace(text, lastLine, lastLine + "    owner: TODO\n"), fixedText);
    }

    [Fact]
    public async Task AMissingTopLevelFieldOfAMarkdownReviewGoesIntoTheFrontMatter()
    {
        using var workspace = new TempWorkspace();
        var text = Reviews.MarkdownWith("review_date: \"2026-03-19\"\n", string.Empty);
        var fixedText = await Fix("a.pir.md", text, "PIR002", "Add 'review_date' with a TODO value", workspace);
        Assert.Equal(Reviews.Replace(text, "    - \"conv-20260315-1432-7f3a\"\n---\n", "    - \"conv-20260315-1432-7f3a\"\nreview_date: TODO\n---\n"), fixedText);
    }

    [Fact]
    public async Task SuppressOnTheLineWritesAYamlCommentAboveItThatSilencesTheRule()
    {
        using var workspace = new TempWorkspace();
        var text = Reviews.YamlWith("severity: \"sev2\"", "severity: SEV2");
        var fixedText = await Fix("a.pir.yaml", text, "PIR004", "Suppress PIR004 on this line", workspace);
        Assert.Equal(Reviews.Replace(text, "  severity: SEV2", "  # pirlint-disable-next-line PIR004\n  severity: SEV2"), fixedText);
        await AssertGone("a.pir.yaml", fixedText, "PIR004", workspace);
    }

    [Fact]
    public async Task SuppressInTheFileWritesAnHtmlCommentAfterTheFrontMatterThatSilencesTheRule()
    {
        using var workspace = new TempWorkspace();
        var text = Reviews.MarkdownWith("| marco-rossi | p1_this_week |", "| marco-rossi | P1 |");
        var fixedText = await Fix("a.pir.md", text, "PIR004", "Suppress PIR004 in this file", workspace);
        Assert.Equal(Reviews.Replace(text, "---\n\n# INC-2026-0317-MD", "---\n<!-- pirlint-disable-file PIR004 -->\n\n# INC-2026-0317-MD"), fixedText);
        await AssertGone("a.pir.md", fixedText, "PIR004", workspace);
    }

    [Fact]
    public async Task SuppressOnATableRowWritesTheCommentInsideItsLastCellSoTheTableGoesOn()
    {
        using var workspace = new TempWorkspace();
        var text = Reviews.MarkdownWith("| marco-rossi | p1_this_week |", "| marco-rossi | P1 |");
        var fixedText = await Fix("a.pir.md", text, "PIR004", "Suppress PIR004 on this line", workspace);
        var row = text.Split('\n').Single(line => line.Contains("| marco-rossi | P1 |", StringComparison.Ordinal));
        var lastPipe = row.TrimEnd().LastIndexOf('|');
        var commented = row.Substring(0, lastPipe) + "<!-- pirlint-disable-line PIR004 --> " + row.Substring(lastPipe);
        Assert.Equal(Reviews.Replace(text, row, commented), fixedText);
        await AssertClean("a.pir.md", fixedText, workspace);
    }
}
