using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PirLint.Diagnostics;
using PirLint.Rules;
using PirLint.TestSupport;

namespace PirLint.Analyzers.Tests;

/// <summary>
/// AnalyzerReleases.Shipped.md and AnalyzerReleases.Unshipped.md list every rule the analyzer reports, with the
/// category and severity of its descriptor: the descriptors are built in a loop from the catalogue, so the release
/// tracking analyzers (RS2000-RS2003) cannot check this themselves.
/// </summary>
public class AnalyzerReleaseTests
{
    private static string ReleaseFile(string name) => Path.Combine(TestPaths.RepositoryRoot, "src", "PirLint.Analyzers", name);

    [Fact]
    public void ReleaseFilesListExactlyTheCatalogueRulesTheAnalyzerReports()
    {
        var expected = DiagnosticDescriptors.ById.Values.ToDictionary(d => d.Id, d => (d.Category, d.DefaultSeverity.ToString()));
        var problems = ReleaseTracking.Differences(File.ReadAllText(ReleaseFile("AnalyzerReleases.Shipped.md")),
            File.ReadAllText(ReleaseFile("AnalyzerReleases.Unshipped.md")), expected);
        Assert.True(problems.Count == 0, "The release files disagree with the rule catalogue:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void TheAnalyzerReportsEveryCatalogueRuleThatDoesNotNeedTodaysDate() =>
        Assert.Equal(RuleCatalog.All.Where(r => !r.NeedsToday).Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal),
            DiagnosticDescriptors.ById.Keys.OrderBy(id => id, StringComparer.Ordinal));

    [Fact]
    public void ShippedReleaseZeroPointOneHoldsTheFirstRules()
    {
        var shipped = File.ReadAllLines(ReleaseFile("AnalyzerReleases.Shipped.md"));
        Assert.Equal("; Shipped analyzer releases", shipped[0]);
        Assert.Contains("## Release 0.1.0", shipped);
        Assert.Contains("PIR001 | PirLint.Document | Error | File cannot be read as a review", shipped);
        Assert.Equal("; Unshipped analyzer release", File.ReadAllLines(ReleaseFile("AnalyzerReleases.Unshipped.md"))[0]);
    }

    [Fact]
    public void DifferencesNameMissingExtraAndChangedRules()
    {
        const string Shipped = """
            ; Shipped analyzer releases

            ## Release 0.1.0

            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            PIR001 | PirLint.Document | Error | File cannot be read as a review
            PIR002 | PirLint.Schema | Error | Required field
            PIR003 | PirLint.Schema | Error | Wrong type

            ## Release 0.2.0

            ### Removed Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            PIR003 | PirLint.Schema | Error | Wrong type
            """;
        const string Unshipped = """
            ; Unshipped analyzer release

            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            PIR999 | PirLint.Schema | Warning | Not in the catalogue

            ### Changed Rules

            Rule ID | New Category | New Severity | Old Category | Old Severity | Notes
            --------|--------------|--------------|--------------|--------------|-------
            PIR002 | PirLint.Schema | Warning | PirLint.Schema | Error | Lowered
            """;
        var expected = new Dictionary<string, (string, string)>
        {
            ["PIR001"] = ("PirLint.Document", "Error"),
            ["PIR002"] = ("PirLint.Schema", "Error"),
            ["PIR003"] = ("PirLint.Schema", "Error"),
            ["PIR005"] = ("PirLint.Schema", "Warning"),
        };

        Assert.Equal(new[]
        {
            "PIR002: the release files say PirLint.Schema | Warning, the catalogue PirLint.Schema | Error",
            "PIR003: in the catalogue but not in the release files (add it to AnalyzerReleases.Unshipped.md)",
            "PIR005: in the catalogue but not in the release files (add it to AnalyzerReleases.Unshipped.md)",
            "PIR999: in the release files but not in the catalogue",
        }, ReleaseTracking.Differences(Shipped, Unshipped, expected));
    }

    [Fact]
    public void AnEntryOutsideATableOrARuleAddedTwiceIsReported()
    {
        const string Shipped = """
            ## Release 0.1.0

            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            PIR001 | PirLint.Document | Error | Once
            PIR001 | PirLint.Document | Error | Twice
            """;
        var problems = ReleaseTracking.Differences(Shipped, "PIR002 | PirLint.Schema | Error | No section\n",
            new Dictionary<string, (string, string)> { ["PIR001"] = ("PirLint.Document", "Error") });
        Assert.Equal(new[]
        {
            "AnalyzerReleases.Shipped.md line 8: PIR001 is added twice",
            "AnalyzerReleases.Unshipped.md line 1: 'PIR002 | PirLint.Schema | Error | No section' is outside a New, Changed or Removed Rules table",
        }, problems);
    }
}

/// <summary>Reads the release tracking files of Microsoft.CodeAnalysis.Analyzers and compares the rules they leave in force with the expected ones.</summary>
internal static class ReleaseTracking
{
    public static List<string> Differences(string shipped, string unshipped, IReadOnlyDictionary<string, (string Category, string Severity)> expected)
    {
        var rules = new Dictionary<string, (string Category, string Severity)>(StringComparer.Ordinal);
        var problems = new List<string>();
        Apply("AnalyzerReleases.Shipped.md", shipped, rules, problems);
        Apply("AnalyzerReleases.Unshipped.md", unshipped, rules, problems);

        foreach (var id in expected.Keys.Union(rules.Keys).OrderBy(id => id, StringComparer.Ordinal))
        {
            if (!rules.TryGetValue(id, out var listed))
            {
                problems.Add(id + ": in the catalogue but not in the release files (add it to AnalyzerReleases.Unshipped.md)");
            }
            else if (!expected.TryGetValue(id, out var wanted))
            {
                problems.Add(id + ": in the release files but not in the catalogue");
            }
            else if (listed != wanted)
            {
                problems.Add($"{id}: the release files say {listed.Category} | {listed.Severity}, the catalogue {wanted.Category} | {wanted.Severity}");
            }
        }

        return problems;
    }

    private static void Apply(string file, string text, Dictionary<string, (string Category, string Severity)> rules, List<string> problems)
    {
        string? section = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith(";", StringComparison.Ordinal) || line.StartsWith("Rule ID", StringComparison.Ordinal) || line.StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = null;
                continue;
            }

            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                section = line.Substring(4).Trim();
                continue;
            }

            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            var where = $"{file} line {i + 1}: ";
            switch (section)
            {
                case "New Rules" when cells.Length >= 3:
                    if (!rules.TryAdd(cells[0], (cells[1], cells[2])))
                    {
                        problems.Add(where + cells[0] + " is added twice");
                    }

                    break;
                case "Removed Rules" when cells.Length >= 3:
                    if (!rules.Remove(cells[0]))
                    {
                        problems.Add(where + cells[0] + " is removed but was never added");
                    }

                    break;
                case "Changed Rules" when cells.Length >= 5:
                    if (!rules.ContainsKey(cells[0]))
                    {
                        problems.Add(where + cells[0] + " is changed but was never added");
                    }

                    rules[cells[0]] = (cells[1], cells[2]);
                    break;
                default:
                    problems.Add(where + "'" + line + "' is outside a New, Changed or Removed Rules table");
                    break;
            }
        }
    }
}
