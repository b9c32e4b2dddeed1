using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Analyzers.Tests;

public class PirLintAnalyzerTests
{
    private static string Root => TestPaths.RepositoryRoot;

    private static string Clean => File.ReadAllText(Path.Combine(Root, "samples", "reviews", "INC-2026-0317.pir.yaml"));

    private static string Broken => File.ReadAllText(Path.Combine(Root, "samples", "reviews", "broken", "INC-2026-0412.pir.yaml"));

    [Fact]
    public void ReportsEachRuleAtItsLineAndColumnInTheAdditionalFile()
    {
        var (diagnostics, exceptions) = AnalyzerHarness.Run(new[] { ("/repo/broken.pir.yaml", Broken), ("/repo/clean.pir.yaml", Clean) });
        Assert.Empty(exceptions);
        var lines = diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}) {d.Severity} {d.Id}")
            .ToArray();
        Assert.Equal(new[]
        {
            "/repo/broken.pir.yaml(91,1) Error PIR103",
            "/repo/broken.pir.yaml(92,5) Error PIR101",
            "/repo/broken.pir.yaml(98,5) Error PIR102",
            "/repo/broken.pir.yaml(105,14) Error PIR301",
        }, lines);
        var pir101 = diagnostics.Single(d => d.Id == "PIR101");
        Assert.EndsWith("rules/PIR101.md", pir101.Descriptor.HelpLinkUri);
        Assert.Contains("owner", pir101.GetMessage());
        var sourceLines = Broken.Replace("\r\n", "\n").Split('\n');
        var offset = sourceLines.Take(91).Sum(l => l.Length + 1) + 4;
        Assert.Equal(offset, pir101.Location.SourceSpan.Start);
    }

    [Fact]
    public void EditorConfigKeysOfTheFileSetTheSeverityAndNoneDropsIt()
    {
        var options = new Dictionary<string, Dictionary<string, string>>
        {
            ["/repo/a/broken.pir.yaml"] = new() { ["pirlint.PIR101.severity"] = "warning", ["pirlint.PIR103.severity"] = "none" },
        };
        var (diagnostics, _) = AnalyzerHarness.Run(new[] { ("/repo/a/broken.pir.yaml", Broken), ("/repo/b/broken.pir.yaml", Broken.ReplaceEach("INC-2026-0412", "INC-2026-0413", 2)) }, options);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics.Single(d => d.Id == "PIR101" && d.Location.GetLineSpan().Path == "/repo/a/broken.pir.yaml").Severity);
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single(d => d.Id == "PIR101" && d.Location.GetLineSpan().Path == "/repo/b/broken.pir.yaml").Severity);
        Assert.Single(diagnostics, d => d.Id == "PIR103");
    }

    [Fact]
    public void GlobalDotnetDiagnosticKeyApplies()
    {
        var global = new Dictionary<string, string> { ["dotnet_diagnostic.PIR301.severity"] = "suggestion" };
        var (diagnostics, _) = AnalyzerHarness.Run(new[] { ("/repo/broken.pir.yaml", Broken) }, globalOptions: global);
        Assert.Equal(DiagnosticSeverity.Info, diagnostics.Single(d => d.Id == "PIR301").Severity);
    }

    [Fact]
    public void DuplicateIdsAcrossFilesArePir006AtCompilationEnd()
    {
        var (diagnostics, exceptions) = AnalyzerHarness.Run(new[] { ("/repo/a.pir.yaml", Clean), ("/repo/b.pir.yaml", Clean) });
        Assert.Empty(exceptions);
        var pir006 = diagnostics.Where(d => d.Id == "PIR006").OrderBy(d => d.Location.GetLineSpan().Path).ToArray();
        Assert.Equal(new[] { "/repo/a.pir.yaml", "/repo/b.pir.yaml" }, pir006.Select(d => d.Location.GetLineSpan().Path));
        Assert.All(pir006, d => Assert.Equal(5, d.Location.GetLineSpan().StartLinePosition.Line));
    }

    [Fact]
    public void OnlyReviewFilesAreReadAndHostileOnesGivePir001NotACrash()
    {
        var files = new[]
        {
            ("/repo/notes.yaml", "not: [a review"),
            ("/repo/bomb.pir.yaml", "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"),
            ("/repo/deep.pir.md", "---\na: " + new string('[', 5000) + new string(']', 5000) + "\n---\n"),
            ("/repo/empty.pir.yml", string.Empty),
        };
        var (diagnostics, exceptions) = AnalyzerHarness.Run(files);
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Equal(new[] { "/repo/bomb.pir.yaml", "/repo/deep.pir.md", "/repo/empty.pir.yml" },
            diagnostics.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, System.StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("PIR001", d.Id));
    }

    [Fact]
    public void NeverDeclaresTheRulesThatNeedTodaysDate()
    {
        var ids = new PirLintAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToArray();
        var everyOtherRule = RuleCatalog.All.Select(r => r.Id).Where(id => id != "PIR901" && id != "PIR902");
        Assert.Equal(everyOtherRule.OrderBy(id => id, System.StringComparer.Ordinal), ids.OrderBy(id => id, System.StringComparer.Ordinal));
    }
}
