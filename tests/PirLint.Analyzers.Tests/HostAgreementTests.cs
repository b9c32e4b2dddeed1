using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using PirLint.Build;
using PirLint.Cli;
using PirLint.TestSupport;

namespace PirLint.Analyzers.Tests;

/// <summary>
/// A project with two schemas in two folders and reviews under each: the CLI (from the disk), the MSBuild task (from
/// the disk) and the analyzer (from AdditionalFiles holding both schemas, no IO) give each review the schema nearest
/// above it, and so report the same diagnostics.
/// </summary>
public sealed class HostAgreementTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pirlint-hosts-" + Guid.NewGuid().ToString("N"));

    public HostAgreementTests()
    {
        var defaultSchema = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "PirLint.Core", "Schema", "pir.schema.yaml"));
        var clean = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "reviews", "INC-2026-0317.pir.yaml"));
        // The root schema allows the category vendor_outage; team-b's allows only sev1 and sev2.
        Write("pir.schema.yaml", ReplaceOnce(defaultSchema, "enum: [infrastructure,", "enum: [vendor_outage, infrastructure,"));
        Write("team-b/pir.schema.yaml", ReplaceOnce(defaultSchema, "enum: [sev1, sev2, sev3, sev4, sev5]", "enum: [sev1, sev2]"));
        var vendorOutage = ReplaceOnce(clean, "category: \"model_behavior\"", "category: \"vendor_outage\"");
        Write("a.pir.yaml", vendorOutage);
        Write("other/d.pir.yaml", ReplaceOnce(clean, "severity: \"sev2\"", "severity: \"sev3\""));
        Write("team-b/b.pir.yaml", ReplaceOnce(vendorOutage, "id: \"INC-2026-0317\"", "id: \"INC-2026-0501\""));
        Write("team-b/deep/c.pir.yaml", ReplaceOnce(ReplaceOnce(clean, "id: \"INC-2026-0317\"", "id: \"INC-2026-0502\""), "severity: \"sev2\"", "severity: \"sev3\""));
    }

    private static readonly string[] Reviews = { "a.pir.yaml", "other/d.pir.yaml", "team-b/b.pir.yaml", "team-b/deep/c.pir.yaml" };

    [Fact]
    public void CliTaskAndAnalyzerReportTheSameDiagnosticsUnderTheNearestSchema()
    {
        var cli = Cli();
        var task = Task();
        var analyzer = Analyzer();

        // The nearest schema governs: vendor_outage passes at the root and fails under team-b; sev3 passes at the root
        // (other/ has no schema of its own) and fails under team-b/deep; a and d share an id (PIR006).
        var expected = new[]
        {
            "a.pir.yaml(6,7,6,22) error PIR006",
            "other/d.pir.yaml(6,7,6,22) error PIR006",
            "team-b/b.pir.yaml(10,13,10,28) error PIR004",
            "team-b/deep/c.pir.yaml(8,13,8,19) error PIR004",
        };
        Assert.Equal(expected, cli.Select(d => d.Split(':')[0]));
        Assert.Equal(cli, task);
        Assert.Equal(cli, analyzer);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private List<string> Cli()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApplication.Run(new[] { "check", "--today", "2026-01-01" }, stdout, stderr, _root);
        Assert.True(exit == CliApplication.ErrorsFound, stderr.ToString());
        // "path(l,c,el,ec): severity ID: message" -> "path(l,c,el,ec) severity ID: message"
        return stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.Contains("): ", StringComparison.Ordinal))
            .Select(l => l.TrimEnd('\r'))
            .Select(l => l.Substring(0, l.IndexOf("): ", StringComparison.Ordinal) + 1) + " " + l.Substring(l.IndexOf("): ", StringComparison.Ordinal) + 3))
            .Where(l => !l.Contains(" PIR9", StringComparison.Ordinal))
            .ToList();
    }

    private List<string> Task()
    {
        var engine = new RecordingBuildEngine();
        var task = new LintReviews
        {
            BuildEngine = engine,
            Reviews = Reviews.Select(r => (ITaskItem)new TaskItem(r)).ToArray(),
            SchemaFile = "pir.schema.yaml",
            ProjectDirectory = _root,
        };
        Assert.False(task.Execute());
        return engine.Lines.Select(Relative).OrderBy(l => l, StringComparer.Ordinal).ToList();
    }

    private List<string> Analyzer()
    {
        var files = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(f => (f, File.ReadAllText(f)))
            .ToList();
        var global = new Dictionary<string, string> { ["build_property.PirLintSchemaFile"] = Path.Combine(_root, "pir.schema.yaml") };
        var (diagnostics, exceptions) = AnalyzerHarness.Run(files, globalOptions: global);
        Assert.Empty(exceptions);
        return diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var severity = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
                return Relative($"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) {severity} {d.Id}: {d.GetMessage()}");
            })
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
    }

    private string Relative(string line) => line.Replace(_root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private void Write(string relative, string text)
    {
        var full = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string ReplaceOnce(string text, string needle, string replacement)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(needle, at + 1, StringComparison.Ordinal) < 0, $"'{needle}' is not in the text exactly once");
        return text.Substring(0, at) + replacement + text.Substring(at + needle.Length);
    }

    /// <summary>Records the task's errors and warnings as "path(l,c,el,ec) severity ID: message".</summary>
    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<string> Lines { get; } = new();

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => string.Empty;

        public void LogErrorEvent(BuildErrorEventArgs e) =>
            Lines.Add($"{e.File}({e.LineNumber},{e.ColumnNumber},{e.EndLineNumber},{e.EndColumnNumber}) error {e.Code}: {e.Message}");

        public void LogWarningEvent(BuildWarningEventArgs e) =>
            Lines.Add($"{e.File}({e.LineNumber},{e.ColumnNumber},{e.EndLineNumber},{e.EndColumnNumber}) warning {e.Code}: {e.Message}");

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
            if (e.Code != null)
            {
                Lines.Add($"{e.File}({e.LineNumber},{e.ColumnNumber},{e.EndLineNumber},{e.EndColumnNumber}) info {e.Code}: {e.Message}");
            }
        }

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
    }
}
