using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Rules;
using PirLint.TestSupport;
using PirLint.Tests.Documents;

namespace PirLint.Tests.Realistic;

/// <summary>
/// Reviews of public incidents written the way teams write them, each with the verdict decided from the contract
/// before the linter ran (expected-verdicts.txt): the linter must give exactly those diagnostics, at those places.
/// </summary>
public class RealisticReviewTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "PirLint.Core.Tests", "Realistic");

    public static IEnumerable<object[]> Reviews() =>
        Directory.GetFiles(Path.Combine(Folder, "reviews")).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { f! });

    [Theory]
    [MemberData(nameof(Reviews))]
    public void EachReviewGetsItsVerdict(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, "reviews", file), Encoding.UTF8);
        var expected = Expected(file).Where(e => RuleCatalog.Find(e.Id) != null)
            .Select(e => Format(e.Id, Locate(text, e.Text, e.Occurrence))).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var actual = new PirLintEngine().Lint(file, Encoding.UTF8.GetBytes(text), PirLintOptions.Default).Diagnostics
            .Select(d => Format(d.Id, (d.Span.StartLine, d.Span.StartColumn))).OrderBy(s => s, StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryReviewHasAVerdictAndTheSuiteHasADozenInBothForms()
    {
        var files = Reviews().Select(r => (string)r[0]).ToList();
        var judged = Lines().Select(l => l.File).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();

        Assert.Equal(files, judged);
        Assert.True(files.Count(f => f.EndsWith(".pir.md", StringComparison.Ordinal)) >= 6);
        Assert.True(files.Count(f => f.EndsWith(".pir.yaml", StringComparison.Ordinal)) >= 6);
    }

    /// <summary>Whatever of these bodies the Markdown scanner reads, it reads as Markdig does; the rest goes to Markdig.</summary>
    [Fact]
    public void TheMarkdownScannerAgreesWithMarkdigOnTheseBodies()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Folder, "reviews"), "*.pir.md"))
        {
            var text = File.ReadAllText(file);
            Assert.Null(MarkdownReference.Disagreement(text, MarkdownReference.BodyStart(text), out _));
        }
    }

    private static string Format(string id, (int Line, int Column) at) => $"{id} at {at.Line}:{at.Column}";

    private static (int Line, int Column) Locate(string text, string needle, int occurrence)
    {
        var at = -1;
        for (var n = 0; n < occurrence; n++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{needle}' occurs fewer than {occurrence} times");
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return (text.Take(at).Count(c => c == '\n') + 1, at - lineStart + 1);
    }

    private static IEnumerable<(string Id, string Text, int Occurrence)> Expected(string file) =>
        Lines().Where(l => l.File == file && l.Id != "clean").Select(l => (l.Id, l.Text, l.Occurrence));

    private static IEnumerable<(string File, string Id, string Text, int Occurrence)> Lines()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "expected-verdicts.txt"), Encoding.UTF8))
        {
            if (line.Trim().Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split(new[] { " | " }, 3, StringSplitOptions.None);
            var text = parts.Length > 2 ? parts[2] : string.Empty;
            var occurrence = 1;
            var hash = text.LastIndexOf(" #", StringComparison.Ordinal);
            if (hash >= 0 && int.TryParse(text.Substring(hash + 2), out var n))
            {
                occurrence = n;
                text = text.Substring(0, hash);
            }

            yield return (parts[0].Trim(), parts[1].Trim(), text, occurrence);
        }
    }
}
