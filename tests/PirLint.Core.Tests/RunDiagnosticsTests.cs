using System;
using System.Collections.Generic;
using System.Linq;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Text;

namespace PirLint.Tests;

/// <summary>A run's diagnostics: each list sorted once where it is made, then merged into the one order, each diagnostic once.</summary>
public class RunDiagnosticsTests
{
    private static readonly DateTime Today = new(2026, 12, 1);

    [Fact]
    public void RunDiagnosticsMergesDocumentsSetFollowUpAndHostDiagnosticsInTheOneOrder()
    {
        var engine = new PirLintEngine();
        var hidden = PirLintOptions.FromConfig(new[] { new KeyValuePair<string, string>("pirlint.PIR005.severity", "hidden") });
        var documents = new[]
        {
            engine.Lint("b.pir.yaml", Fixtures.ValidYaml + "\nunknown_b: 1\n", PirLintOptions.Default),
            engine.Lint("a.pir.yaml", Fixtures.ValidYaml + "\nunknown_a: 1\n", PirLintOptions.Default),
            engine.Lint("c.pir.yaml", Fixtures.ValidYaml + "\nunknown_c: 1\n", hidden),
        };
        var schemaProblem = new PirDiagnostic("PIR001", PirSeverity.Error, "the schema file is not a mapping", "pir.schema.yaml", new SourceSpan(0, 0, 1, 1, 1, 1));

        var run = PirLintEngine.RunDiagnostics(documents, Today, new[] { schemaProblem, schemaProblem });

        var everything = documents.SelectMany(d => d.Diagnostics)
            .Concat(PirLintEngine.LintSet(documents))
            .Concat(PirLintEngine.LintFollowUp(documents, Today))
            .Append(schemaProblem);
        var expected = DiagnosticOrder.SortAndDistinct(everything).Where(d => d.Severity > PirSeverity.Hidden).ToList();
        Assert.Equal(expected, run);
        for (var i = 1; i < run.Count; i++)
        {
            Assert.True(DiagnosticOrder.Instance.Compare(run[i - 1], run[i]) < 0, $"{run[i - 1]} before {run[i]}");
        }

        Assert.Equal(new[] { "a.pir.yaml", "b.pir.yaml", "c.pir.yaml" }, run.Where(d => d.Id == "PIR006").Select(d => d.Path));
        Assert.Equal(new[] { "a.pir.yaml", "b.pir.yaml" }, run.Where(d => d.Id == "PIR005").Select(d => d.Path));
        Assert.Contains(documents[2].Diagnostics, d => d.Id == "PIR005" && d.Severity == PirSeverity.Hidden);
        Assert.Single(run, schemaProblem);
        Assert.Equal(6, run.Count(d => d.Id == "PIR901"));
        Assert.Equal("pir.schema.yaml", run[^1].Path);
    }

    [Fact]
    public void MergeOfSortedListsEqualsSortingTheirConcatenation()
    {
        var random = new Random(1234);
        for (var round = 0; round < 50; round++)
        {
            var pool = Enumerable.Range(0, 30).Select(_ => Diagnostic(random)).ToArray();
            var lists = Enumerable.Range(0, random.Next(0, 7))
                .Select(_ => (IReadOnlyList<PirDiagnostic>)DiagnosticOrder.SortAndDistinct(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pool[random.Next(pool.Length)])))
                .ToList();

            Assert.Equal(DiagnosticOrder.SortAndDistinct(lists.SelectMany(l => l)), DiagnosticOrder.Merge(lists));
        }
    }

    private static PirDiagnostic Diagnostic(Random random)
    {
        var line = random.Next(1, 4);
        var column = random.Next(1, 4);
        return new PirDiagnostic("PIR00" + random.Next(1, 4), PirSeverity.Warning, "m" + random.Next(2), "f" + random.Next(3) + ".pir.yaml",
            new SourceSpan(0, 1, line, column, line, column + 1));
    }
}
