using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests.LanguageServer;

/// <summary>
/// The exported schema in a real editor client: the YAML language server (what VS Code's YAML extension runs), spoken to
/// over its stdio protocol, with a review that points at the schema through a <c># yaml-language-server: $schema=</c> line.
/// </summary>
public class YamlLanguageServerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [FactRequiring(PrerequisiteReason.Node)]
    public void TheEditorSchemaGivesDiagnosticsAndCompletionsInTheYamlLanguageServer()
    {
        var server = YamlLanguageServer.Install();
        using var folder = new TempFolder();
        // The set-up README.md gives: the editor schema in .vscode/, a modeline with a path relative to the review.
        Assert.Equal(0, CliRunner.Run(folder.Path, "schema", "--editor", "--out", ".vscode/pir.schema.json").ExitCode);
        Assert.Equal(0, CliRunner.Run(folder.Path, "schema", "--out", "plain.schema.json").ExitCode);

        // The clean sample (times without seconds, as the contract allows) with one bad enum value.
        var review = Repository.CleanSample.ReplaceOnce("severity: \"sev2\"", "severity: SEV2").ReplaceOnce("autonomy: \"acts_autonomously\"", "autonomy: acts_autonomously");
        var text = "# yaml-language-server: $schema=../.vscode/pir.schema.json\n" + review;
        var plainText = "# yaml-language-server: $schema=" + new Uri(Path.Combine(folder.Path, "plain.schema.json")).AbsoluteUri + "\n" + review;
        var documentUri = new Uri(folder.Write("reviews/INC-2026-0317.pir.yaml", text)).AbsoluteUri;
        var plainDocumentUri = new Uri(folder.Write("reviews/plain.pir.yaml", plainText)).AbsoluteUri;

        using var client = new LspClient("node", server, "--stdio");
        client.Settings = new JsonObject
        {
            ["validate"] = true,
            ["completion"] = true,
            ["hover"] = true,
            ["schemaStore"] = new JsonObject { ["enable"] = false },
        };
        client.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(folder.Path).AbsoluteUri,
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["publishDiagnostics"] = new JsonObject(),
                    ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = false } },
                },
            },
        }, Wait);
        client.Notify("initialized", new JsonObject());
        Open(client, documentUri, text);
        Open(client, plainDocumentUri, plainText);

        // The bad enum value is reported, with the allowed values, and nothing else: the editor schema accepts the
        // contract's date-times without seconds.
        var diagnostics = Diagnostics(client, documentUri);
        var severityLine = text.Split('\n').ToList().FindIndex(l => l.Contains("severity: SEV2", StringComparison.Ordinal));
        var diagnostic = Assert.Single(diagnostics)!;
        Assert.Equal(severityLine, diagnostic["range"]!["start"]!["line"]!.GetValue<int>());
        var message = diagnostic["message"]!.GetValue<string>();
        Assert.Contains("sev2", message, StringComparison.Ordinal);
        Assert.Contains("sev5", message, StringComparison.Ordinal);

        // The plain export, whose date-time format the server checks as RFC 3339 (seconds required), warns at every time.
        var plainDiagnostics = Diagnostics(client, plainDocumentUri);
        Assert.Contains(plainDiagnostics, d => d!["message"]!.GetValue<string>().Contains("date-time", StringComparison.OrdinalIgnoreCase));

        // Completion at the severity value offers the allowed values.
        var column = text.Split('\n')[severityLine].IndexOf("SEV2", StringComparison.Ordinal);
        var completion = client.Request("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = documentUri },
            ["position"] = new JsonObject { ["line"] = severityLine, ["character"] = column },
        }, Wait);
        var items = completion is JsonObject list ? list["items"]!.AsArray() : completion!.AsArray();
        var labels = items.Select(i => i!["label"]!.GetValue<string>()).ToList();
        Assert.True(new[] { "sev1", "sev2", "sev3", "sev4", "sev5" }.All(labels.Contains), "completions: " + string.Join(", ", labels));

        // The ai_agent block (format v1.1) is in the schema too: completion at its autonomy value offers the three values.
        var autonomyLine = text.Split('\n').ToList().FindIndex(l => l.StartsWith("  autonomy: ", StringComparison.Ordinal));
        var agentCompletion = client.Request("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = documentUri },
            ["position"] = new JsonObject { ["line"] = autonomyLine, ["character"] = "  autonomy: ".Length },
        }, Wait);
        var agentItems = agentCompletion is JsonObject agentList ? agentList["items"]!.AsArray() : agentCompletion!.AsArray();
        var agentLabels = agentItems.Select(i => i!["label"]!.GetValue<string>()).ToList();
        Assert.True(new[] { "suggests_only", "acts_with_approval", "acts_autonomously" }.All(agentLabels.Contains), "completions: " + string.Join(", ", agentLabels));

        client.Request("shutdown", null, Wait);
        client.Notify("exit", null);
    }

    private static void Open(LspClient client, string uri, string text) =>
        client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        });

    /// <summary>The first non-empty diagnostics the server publishes for the document.</summary>
    private static JsonArray Diagnostics(LspClient client, string uri)
    {
        var published = client.WaitFor(
            m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" &&
                 m["params"]!["uri"]!.GetValue<string>() == uri &&
                 m["params"]!["diagnostics"]!.AsArray().Count > 0,
            Wait,
            "diagnostics of " + uri);
        return published["params"]!["diagnostics"]!.AsArray();
    }
}
