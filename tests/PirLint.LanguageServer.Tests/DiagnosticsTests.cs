using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace PirLint.LanguageServer.Tests;

public sealed class DiagnosticsTests
{
    private static JsonNode Only(JsonArray diagnostics, string code) => Assert.Single(diagnostics, d => d!["code"]!.GetValue<string>() == code)!;

    [Fact]
    public async Task AnOpenedReviewGetsItsDiagnosticWithCodeRulePageSeverityAndExactRange()
    {
        using var workspace = new TempWorkspace();
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var __ = client;
        var text = Reviews.YamlWith("severity: \"sev2\"", "severity: SEV2");
        var uri = workspace.Uri("INC-2026-0317.pir.yaml");
        await client.OpenAsync(uri, text);

        var published = await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0);
        Assert.Equal(1, published["version"]!.GetValue<int>());
        var diagnostic = Only((JsonArray)published["diagnostics"]!, "PIR004");
        var (line, character) = Reviews.Find(text, "SEV2");
        Assert.Equal(line, diagnostic["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(character, diagnostic["range"]!["start"]!["character"]!.GetValue<int>());
        Assert.Equal(character + 4, diagnostic["range"]!["end"]!["character"]!.GetValue<int>());
        Assert.Equal(1, diagnostic["severity"]!.GetValue<int>());
        Assert.Equal("https://github.com/pirlint/pirlint/blob/main/rules/PIR004.md", diagnostic["codeDescription"]!["href"]!.GetValue<string>());
        Assert.Equal("pirlint", diagnostic["source"]!.GetValue<string>());
        Assert.Contains("write 'sev2'", diagnostic["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single((JsonArray)published["diagnostics"]!);
    }

    [Fact]
    public async Task TheBufferIsLintedNotTheFileOnDisk()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("INC-2026-0317.pir.yaml", Reviews.CleanYaml);
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var __ = client;
        var uri = workspace.Uri("INC-2026-0317.pir.yaml");
        await client.OpenAsync(uri, Reviews.YamlWith("facilitator: \"sam-lee\"", "facilitator: \"TBD\""));
        var published = await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0);
        Only((JsonArray)published["diagnostics"]!, "PIR302");

        await client.ChangeAsync(uri, 2, Reviews.CleanYaml);
        var clean = await client.WaitForDiagnosticsAsync(uri, d => d.Count == 0);
        Assert.Equal(2, clean["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task SeveritiesComeFromTheEditorConfigAndSuppressionCommentsAreHonoured()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".editorconfig", "root = true\n\n[*.pir.yaml]\npirlint.PIR004.severity = warning\n");
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var __ = client;
        var uri = workspace.Uri("INC-2026-0317.pir.yaml");
        var text = Reviews.YamlWith("severity: \"sev2\"", "severity: SEV2")
            .Replace("facilitator: \"sam-lee\"", "# pirlint-disable-next-line PIR302\nfacilitator: \"TBD\"", StringComparison.Ordinal);
        await client.OpenAsync(uri, text);
        var diagnostics = (JsonArray)(await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0))["diagnostics"]!;
        Assert.Equal(2, Only(diagnostics, "PIR004")["severity"]!.GetValue<int>());
        Assert.DoesNotContain(diagnostics, d => d!["code"]!.GetValue<string>() == "PIR302");
    }

    [Fact]
    public async Task ANewerChangeCancelsTheStaleLintAndOnlyTheLatestVersionIsPublished()
    {
        using var workspace = new TempWorkspace();
        var options = new LanguageServerOptions { Debounce = TimeSpan.FromMilliseconds(400) };
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder, options: options);
        await using var __ = client;
        var uri = workspace.Uri("INC-2026-0317.pir.yaml");
        await client.OpenAsync(uri, Reviews.CleanYaml);
        await client.WaitForDiagnosticsAsync(uri, d => d.Count == 0);
        await client.ChangeAsync(uri, 2, Reviews.YamlWith("severity: \"sev2\"", "severity: SEV2"));
        await client.ChangeAsync(uri, 3, Reviews.YamlWith("facilitator: \"sam-lee\"", "facilitator: \"TBD\""));

        var latest = await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0);
        Assert.Equal(3, latest["version"]!.GetValue<int>());
        Only((JsonArray)latest["diagnostics"]!, "PIR302");
        Assert.DoesNotContain(client.Notifications("textDocument/publishDiagnostics"), p => p["version"]?.GetValue<int>() == 2);
    }

    [Fact]
    public async Task IncrementalChangesAreAppliedToTheBuffer()
    {
        using var workspace = new TempWorkspace();
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var __ = client;
        var uri = workspace.Uri("INC-2026-0317.pir.yaml");
        var text = Reviews.CleanYaml;
        await client.OpenAsync(uri, text);
        await client.WaitForDiagnosticsAsync(uri, d => d.Count == 0);
        var (line, character) = Reviews.Find(text, "sev2", after: "severity:");
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = LspTestClient.Position(line, character), ["end"] = LspTestClient.Position(line, character + 4) },
                ["text"] = "sev9",
            }),
        });
        var diagnostic = Only((JsonArray)(await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0))["diagnostics"]!, "PIR004");
        Assert.Contains("'sev9'", diagnostic["message"]!.GetValue<string>(), StringComparison.Ordinal);
        // The value is quoted: the range starts at its opening quote.
        Assert.Equal(character - 1, diagnostic["range"]!["start"]!["character"]!.GetValue<int>());
    }

    [Fact]
    public async Task PullDiagnosticsAnswerTheClientThatAsksAndNothingIsPushedToIt()
    {
        using var workspace = new TempWorkspace();
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder, pull: true);
        await using var __ = client;
        var uri = workspace.Uri("INC-2026-0317.pir.yaml");
        await client.OpenAsync(uri, Reviews.YamlWith("severity: \"sev2\"", "severity: SEV2"));
        var report = (await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = LspTestClient.TextDocument(uri) }))!;
        Assert.Equal("full", report["kind"]!.GetValue<string>());
        Assert.Equal("PIR004", Assert.Single((JsonArray)report["items"]!)!["code"]!.GetValue<string>());
        await Task.Delay(200);
        Assert.Empty(client.Notifications("textDocument/publishDiagnostics"));
    }

    [Fact]
    public async Task OverdueActionItemsAreReportedLiveButNotTheCompletionRate()
    {
        using var workspace = new TempWorkspace();
        var options = new LanguageServerOptions { Debounce = TimeSpan.Zero, Today = () => new DateTime(2026, 4, 1) };
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder, options: options);
        await using var __ = client;
        var uri = workspace.Uri("INC-2026-0317.pir.yaml");
        const string firstItemTicket = "\n    ticket_url: \"https://tracker.example.com/browse/AIOPS-412\"";
        var text = Reviews.YamlWith("    status: \"closed\"\n    closed_date: \"2026-03-18\"" + firstItemTicket, "    status: \"open\"\n    closed_date: \"2026-03-18\"" + firstItemTicket);
        await client.OpenAsync(uri, text);
        var diagnostics = (JsonArray)(await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0))["diagnostics"]!;
        var overdue = Only(diagnostics, "PIR901");
        var (line, _) = Reviews.Find(text, "\"2026-03-20\"");
        Assert.Equal(line, overdue["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.DoesNotContain(diagnostics, d => d!["code"]!.GetValue<string>() == "PIR902");
    }

    [Fact]
    public async Task ATeamSchemaGovernsAndAChangedSchemaFileReLintsTheOpenReviews()
    {
        using var workspace = new TempWorkspace();
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var __ = client;
        var uri = workspace.Uri("reviews/INC-2026-0317.pir.yaml");
        await client.OpenAsync(uri, Reviews.YamlWith("  detection_delay: \"45 minutes\"\n", "  detection_delay: \"45 minutes\"\n  model_version: \"gpt-4o-2024-08-06\"\n"));
        var before = (JsonArray)(await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0))["diagnostics"]!;
        Assert.Contains("model_version", Only(before, "PIR005")["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var schema = System.IO.File.ReadAllText(System.IO.Path.Combine(PirLint.TestSupport.TestPaths.RepositoryRoot, "samples", "Acme.Incidents", "pir.schema.yaml"));
        Assert.Contains("model_version", schema, StringComparison.Ordinal);
        var schemaPath = workspace.Write("pir.schema.yaml", schema);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(schemaPath).AbsoluteUri, ["type"] = 1 }),
        });
        await client.WaitForDiagnosticsAsync(uri, d => d.Count == 0);
    }

    [Fact]
    public async Task DuplicateIncidentIdsAreFoundAcrossOpenBuffersAndTheWorkspaceFilesOnDisk()
    {
        using var workspace = new TempWorkspace();
        var onDisk = workspace.Write("old/INC-2026-0317.pir.yaml", Reviews.CleanYaml);
        var (client, _) = await LspTestClient.StartInitializedAsync(workspace.Folder);
        await using var __ = client;
        await client.Instance.WorkspaceScan;
        var uri = workspace.Uri("new/INC-2026-0317.pir.yaml");
        await client.OpenAsync(uri, Reviews.CleanYaml);
        var duplicate = Only((JsonArray)(await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0))["diagnostics"]!, "PIR006");
        Assert.Contains(onDisk, duplicate["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // A second buffer with the same id: both are told; a change of the id clears both.
        var second = workspace.Uri("other.pir.yaml");
        await client.OpenAsync(second, Reviews.YamlWith("id: \"INC-2026-0317\"", "id: \"INC-2026-0999\""));
        await client.WaitForDiagnosticsAsync(second, d => d.Count == 0);
        await client.ChangeAsync(second, 2, Reviews.CleanYaml);
        await client.WaitForDiagnosticsAsync(second, d => d.Any(x => x!["code"]!.GetValue<string>() == "PIR006"));
    }
}
