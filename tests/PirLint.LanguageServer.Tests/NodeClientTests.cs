using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PirLint.TestSupport;

namespace PirLint.LanguageServer.Tests;

/// <summary>A Node client on vscode-languageserver-protocol (the library under VS Code's own client) drives `pirlint lsp` over stdio.</summary>
public sealed class NodeClientTests
{
    private static string ClientFolder => Path.Combine(TestPaths.RepositoryRoot, "tests", "PirLint.LanguageServer.Tests", "Clients", "node");

    [FactRequiring(PrerequisiteReason.Node)]
    public void AScriptedSessionOverStdioGetsDiagnosticsAFixAndCompletion()
    {
        if (!Directory.Exists(Path.Combine(ClientFolder, "node_modules", "vscode-languageserver-protocol")))
        {
            var install = ChildProcess.Run("npm", new[] { "ci", "--no-audit", "--no-fund" }, ClientFolder, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, "npm ci failed: " + install.Stdout + install.Stderr);
        }

        using var workspace = new TempWorkspace();
        var text = Reviews.YamlWith("facilitator: \"sam-lee\"", "facilitator: \"TBD\"");
        var review = workspace.Write("INC-2026-0317.pir.yaml", text);
        var run = ChildProcess.Run("node", new[] { Path.Combine(ClientFolder, "session.js"), review, "--", "dotnet", Path.Combine(AppContext.BaseDirectory, "pirlint.dll"), "lsp" },
            workspace.Folder, TimeSpan.FromMinutes(3));
        Assert.True(run.ExitCode == 0, "the session failed: " + run.Stdout + run.Stderr);
        var result = JsonNode.Parse(run.Stdout)!;

        Assert.Equal("utf-16", result["positionEncoding"]!.GetValue<string>());
        var opened = Assert.Single(result["opened"]!.AsArray())!;
        Assert.Equal("PIR302", opened["code"]!.GetValue<string>());
        Assert.Equal("https://github.com/pirlint/pirlint/blob/main/rules/PIR302.md", opened["href"]!.GetValue<string>());
        Assert.Equal(1, opened["severity"]!.GetValue<int>());
        var (line, character) = Reviews.Find(text, "\"TBD\"");
        Assert.Equal(line, opened["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(character, opened["range"]!["start"]!["character"]!.GetValue<int>());

        Assert.Equal(new[] { "PIR004", "PIR302" }, result["changed"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).OrderBy(c => c).ToArray());
        var fix = result["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == "Change 'SEV2' to 'sev2'")!;
        Assert.Equal("sev2", Assert.Single(fix["edits"]!.AsArray())!["newText"]!.GetValue<string>());
        Assert.Equal(new[] { "sev1", "sev2", "sev3", "sev4", "sev5" }, result["completion"]!.AsArray().Select(l => l!.GetValue<string>()).ToArray());
        Assert.Equal(0, result["exitCode"]!.GetValue<int>());
    }
}
