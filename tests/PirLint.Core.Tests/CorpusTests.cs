using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PirLint.Configuration;
using PirLint.Engine;

namespace PirLint.Tests;

/// <summary>The shared benchmark corpus: the engine reports exactly the rule ids expected.tsv lists, for every document.</summary>
public class CorpusTests
{
    [Fact]
    public void EngineReportsExactlyTheExpectedRulesOnThe300DocumentCorpus()
    {
        WithCorpus(300, corpus =>
        {
            var expected = File.ReadAllLines(Path.Combine(corpus, "expected.tsv"))
                .Select(line => line.Split('\t'))
                .ToDictionary(parts => parts[0], parts => parts[1]);
            Assert.Equal(300, expected.Count);

            var engine = new PirLintEngine();
            var results = expected.Keys.OrderBy(p => p, StringComparer.Ordinal)
                .Select(path => engine.Lint(path, File.ReadAllBytes(Path.Combine(corpus, path)), PirLintOptions.Default))
                .ToList();
            var crossDocument = PirLintEngine.LintSet(results);
            var mismatches = new List<string>();
            foreach (var result in results)
            {
                var ids = result.Diagnostics.Concat(crossDocument.Where(d => d.Path == result.Path))
                    .Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal);
                var actual = string.Join(",", ids);
                if (actual != expected[result.Path])
                {
                    mismatches.Add($"{result.Path}: expected '{expected[result.Path]}', got '{actual}': " +
                                   string.Join(" | ", result.Diagnostics.Select(d => d.ToString())));
                }
            }

            Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
            Assert.Contains(expected.Values, v => v.Length > 0);
        });
    }

    /// <summary>Runs <paramref name="test"/> on a fresh make-corpus corpus of <paramref name="count"/> documents (seed 1), deleted afterwards.</summary>
    internal static void WithCorpus(int count, Action<string> test)
    {
        var corpus = Path.Combine(Path.GetTempPath(), "pirlint-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            RunMakeCorpus(corpus, count);
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

    internal static void RunMakeCorpus(string output, int count)
    {
        var script = Path.Combine(RepositoryRoot(), "..", "shared", "bench", "make-corpus");
        Assert.True(File.Exists(script), $"the corpus generator is not at {script}; the tests expect ../shared beside the repository");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, output, "--count", count.ToString(), "--seed", "1", "--spec", "1.0" })
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
