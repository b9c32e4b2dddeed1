using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests;

/// <summary>
/// Microsoft's SARIF Multitool with GitHub's rules (<c>validate --rule-kind "Sarif;Gh"</c>), as code scanning checks
/// an upload. The tool comes from npm (@microsoft/sarif-multitool 5.7.0), installed once under artifacts/tools.
/// </summary>
public class SarifMultitoolTests
{
    private const string Version = "5.7.0";

    [FactRequiring(PrerequisiteReason.SarifMultitool)]
    public void SamplesOutputHasNoErrorOrWarningByTheSarifAndGitHubRules()
    {
        var multitool = InstallMultitool();
        using var folder = new TempFolder();
        var samples = CliRunner.Run(Repository.Root, "check", "samples/reviews", "--format", "sarif");
        Assert.Equal(1, samples.ExitCode);
        AssertValid(multitool, folder.Write("samples.sarif", samples.Stdout), expectedResults: 4);
        AssertGitHubRulesApply(multitool, folder, samples.Stdout);

        // Warnings, infos and an unreadable file too: every level and a document-level location.
        folder.Write("reviews/a.pir.yaml", Repository.CleanSample.Replace("owner: \"li-wei\"", "owner: \"TBD\"").Replace("action_items:", "colour: blue\naction_items:"));
        folder.Write("reviews/b.pir.yaml", "incident_summary: [unclosed\n");
        folder.Write("reviews/.editorconfig", "root = true\n\n[**.pir.yaml]\npirlint.PIR101.severity = suggestion\n");
        var mixed = CliRunner.Run(folder.Path, "check", "reviews", "--format", "sarif");
        AssertValid(multitool, folder.Write("mixed.sarif", mixed.Stdout), expectedResults: 3);
    }

    private static void AssertValid(string multitool, string sarifFile, int expectedResults)
    {
        using (var input = JsonDocument.Parse(File.ReadAllText(sarifFile)))
        {
            Assert.Equal(expectedResults, input.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        }

        var report = sarifFile + ".validation.sarif";
        var run = ChildProcess.Run(multitool, new[] { "validate", sarifFile, "--output", report, "--log", "ForceOverwrite", "--rule-kind", "Sarif;Gh", "--level", "Error;Warning" }, timeout: TimeSpan.FromMinutes(3));
        Assert.False(run.TimedOut, "the SARIF Multitool did not finish in 3 minutes");
        Assert.True(run.ExitCode == 0, "Sarif.Multitool validate failed:\n" + run.Stdout + run.Stderr);
        using var validation = JsonDocument.Parse(File.ReadAllText(report));
        var findings = validation.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("ruleId").GetString() + " " + (r.TryGetProperty("level", out var level) ? level.GetString() : "warning") + " " + r.GetProperty("message").GetRawText())
            .ToList();
        Assert.True(findings.Count == 0, "the SARIF Multitool reports:\n" + string.Join("\n", findings));
    }

    /// <summary>The same validation finds GitHub's GH2012 (a rule without help) when the help is taken out.</summary>
    private static void AssertGitHubRulesApply(string multitool, TempFolder folder, string sarif)
    {
        var log = System.Text.Json.Nodes.JsonNode.Parse(sarif)!;
        foreach (var rule in log["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray())
        {
            Assert.True(rule!.AsObject().Remove("help"));
        }

        var file = folder.Write("without-help.sarif", log.ToJsonString());
        var report = file + ".validation.sarif";
        ChildProcess.Run(multitool, new[] { "validate", file, "--output", report, "--log", "ForceOverwrite", "--rule-kind", "Sarif;Gh", "--level", "Error;Warning" }, timeout: TimeSpan.FromMinutes(3));
        using var validation = JsonDocument.Parse(File.ReadAllText(report));
        var rules = validation.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ToList();
        Assert.Equal(RuleCatalog.All.Count, rules.Count(id => id == "GH2012"));
    }

    /// <summary>The Multitool's Linux binary, installed with npm under artifacts/tools/sarif-multitool when it is not there yet.</summary>
    private static string InstallMultitool()
    {
        var folder = Path.Combine(Repository.Root, "artifacts", "tools", "sarif-multitool");
        var binary = Path.Combine(folder, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        var installed = Path.Combine(folder, "node_modules", "@microsoft", "sarif-multitool", "package.json");
        if (!File.Exists(binary) || !File.ReadAllText(installed).Contains("\"version\": \"" + Version + "\"", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(folder);
            var npm = ChildProcess.Run("npm", new[] { "install", "--no-audit", "--no-fund", "--omit-lockfile-registry-resolved", "@microsoft/sarif-multitool@" + Version }, folder, TimeSpan.FromMinutes(5));
            Assert.True(npm.ExitCode == 0 && File.Exists(binary), "npm install @microsoft/sarif-multitool@" + Version + " failed:\n" + npm.Stdout + npm.Stderr);
        }

        // npm's install script that makes it executable may not have run.
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("the SARIF Multitool test runs on Linux");
        }

        File.SetUnixFileMode(binary, File.GetUnixFileMode(binary) | UnixFileMode.UserExecute);
        return binary;
    }
}
