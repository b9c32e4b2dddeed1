using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Schema;

namespace PirLint.Tests;

/// <summary>The shared benchmark corpus: the engine reports exactly the rule ids expected.tsv lists, for every document.</summary>
public class CorpusTests
{
    /// <summary>The rules format v1.1 added; the v1.1 corpus is checked for exactly these below.</summary>
    private static readonly string[] V11Rules = { "PIR107", "PIR403", "PIR404", "PIR405" };

    /// <summary>
    /// The v1.0 corpus, linted as a team still on format v1.0 would: with its v1.0 schema (no <c>ai_agent</c>, so no
    /// PIR403 or PIR404) and PIR405 off. Moves to <c>--spec 1.1</c> and the default schema when the v1.1 reading rules
    /// (PIR104 91 days, PIR203 impact window, approximate durations, Markdown as people write it) are in.
    /// </summary>
    [Fact]
    public void EngineReportsExactlyTheExpectedRulesOnThe300DocumentCorpus()
    {
        WithCorpus(300, corpus =>
        {
            var expected = Expected(corpus);
            Assert.Equal(300, expected.Count);
            var schemaPath = Path.Combine(RepositoryRoot(), "tests", "PirLint.Core.Tests", "Schemas", "v1.0.pir.schema.yaml");
            var schema = SchemaLoader.Load(schemaPath, File.ReadAllText(schemaPath), new DiagnosticBag(schemaPath))!;
            var options = PirLintOptions.FromConfig(new[] { new KeyValuePair<string, string>("dotnet_diagnostic.PIR405.severity", "none") });
            var mismatches = Mismatches(corpus, expected, new PirLintEngine(schema), options, ids => ids);
            Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
            Assert.Contains(expected.Values, v => v.Length > 0);
        });
    }

    /// <summary>The v1.1 corpus with the default schema: the v1.1 rules (PIR107, PIR403, PIR404, PIR405) fire exactly where expected.tsv says.</summary>
    [Fact]
    public void EngineReportsTheV11RulesExactlyWhereTheV11CorpusExpectsThem()
    {
        WithCorpus(300, corpus =>
        {
            var expected = Expected(corpus);
            IEnumerable<string> OnlyV11(IEnumerable<string> ids) => ids.Where(id => V11Rules.Contains(id));
            var mismatches = Mismatches(corpus, expected, new PirLintEngine(), PirLintOptions.Default, OnlyV11);
            Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
            foreach (var rule in V11Rules)
            {
                Assert.Contains(expected.Values, v => v.Split(',').Contains(rule));
            }
        }, spec: "1.1");
    }

    private static Dictionary<string, string> Expected(string corpus) =>
        File.ReadAllLines(Path.Combine(corpus, "expected.tsv"))
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => parts[1]);

    private static List<string> Mismatches(string corpus, Dictionary<string, string> expected, PirLintEngine engine, PirLintOptions options, Func<IEnumerable<string>, IEnumerable<string>> compared)
    {
        var results = expected.Keys.OrderBy(p => p, StringComparer.Ordinal)
            .Select(path => engine.Lint(path, File.ReadAllBytes(Path.Combine(corpus, path)), options))
            .ToList();
        var crossDocument = PirLintEngine.LintSet(results);
        var mismatches = new List<string>();
        foreach (var result in results)
        {
            var ids = result.Diagnostics.Concat(crossDocument.Where(d => d.Path == result.Path))
                .Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal);
            var actual = string.Join(",", compared(ids));
            var wanted = string.Join(",", compared(expected[result.Path].Split(',', StringSplitOptions.RemoveEmptyEntries)));
            if (actual != wanted)
            {
                mismatches.Add($"{result.Path}: expected '{wanted}', got '{actual}': " +
                               string.Join(" | ", result.Diagnostics.Select(d => d.ToString())));
            }
        }

        return mismatches;
    }

    /// <summary>Runs <paramref name="test"/> on a fresh make-corpus corpus of <paramref name="count"/> documents (seed 1), deleted afterwards.</summary>
    internal static void WithCorpus(int count, Action<string> test, string spec = "1.0")
    {
        var corpus = Path.Combine(Path.GetTempPath(), "pirlint-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            RunMakeCorpus(corpus, count, spec);
            test(corpus);
        }
        finally
        {
            if (Directory.Exists(corpus))
            {
                Directory.Delete(corpus, recursive: true);
            }
        }
    }

    internal static void RunMakeCorpus(string output, int count, string spec = "1.0")
    {
        var script = Path.Combine(RepositoryRoot(), "..", "shared", "bench", "make-corpus");
        Assert.True(File.Exists(script), $"the corpus generator is not at {script}; the tests expect ../shared beside the repository");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, output, "--count", count.ToString(), "--seed", "1", "--spec", spec })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "make-corpus failed: " + error.Result);
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PirLint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PirLint.sln not found above " + AppContext.BaseDirectory);
    }
}
