using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Schema;
using PirLint.TestSupport;

namespace PirLint.Tests;

/// <summary>
/// The corpus tests: the engine reports exactly the rule ids <c>expected.tsv</c> lists, for every document. The project's
/// own corpus (<see cref="CorpusGenerator"/>) runs everywhere; the shared benchmark corpus runs in addition where
/// python3 and <c>../shared</c> are present.
/// </summary>
public class CorpusTests
{
    /// <summary>The rules format v1.1 added.</summary>
    private static readonly string[] V11Rules = { "PIR107", "PIR403", "PIR404", "PIR405" };

    /// <summary>
    /// A v1.0 corpus is linted as a team still on format v1.0 would: with its v1.0 schema (no <c>ai_agent</c>, so no
    /// PIR403 or PIR404) and PIR405 off.
    /// </summary>
    private static readonly Lazy<PirLintEngine> V10Engine = new(() =>
    {
        var schemaPath = Path.Combine(TestPaths.RepositoryRoot, "tests", "PirLint.Core.Tests", "Schemas", "v1.0.pir.schema.yaml");
        return new PirLintEngine(SchemaLoader.Load(schemaPath, File.ReadAllText(schemaPath), new DiagnosticBag(schemaPath))!);
    });

    private static readonly PirLintOptions V10Options =
        PirLintOptions.FromConfig(new[] { new KeyValuePair<string, string>("dotnet_diagnostic.PIR405.severity", "none") });

    /// <summary>The project's v1.1 corpus with the default schema and options: exactly the expected rules, every injected one.</summary>
    [Fact]
    public void EngineReportsExactlyTheExpectedRulesOnTheGenerated300DocumentV11Corpus()
    {
        WithCorpus(300, CorpusSpec.V1_1, corpus =>
        {
            var expected = AssertEngineReportsExpected(corpus, 300, new PirLintEngine(), PirLintOptions.Default, ids => ids);
            Assert.Equal(CorpusGenerator.InjectedRulesV11.OrderBy(r => r, StringComparer.Ordinal), expected.Values.Where(v => v.Length > 0).Distinct().OrderBy(r => r, StringComparer.Ordinal));
        });
    }

    /// <summary>The project's v1.0 corpus, linted as a team still on v1.0 would (its v1.0 schema, PIR405 off).</summary>
    [Fact]
    public void EngineReportsExactlyTheExpectedRulesOnTheGenerated300DocumentV10Corpus()
    {
        WithCorpus(300, CorpusSpec.V1_0, corpus =>
        {
            var expected = AssertEngineReportsExpected(corpus, 300);
            Assert.Equal(CorpusGenerator.InjectedRulesV10.OrderBy(r => r, StringComparer.Ordinal), expected.Values.Where(v => v.Length > 0).Distinct().OrderBy(r => r, StringComparer.Ordinal));
        });
    }

    [FactRequiring(PrerequisiteReason.SharedCorpus)]
    public void EngineReportsExactlyTheExpectedRulesOnTheShared300DocumentCorpus()
    {
        WithSharedCorpus(300, corpus =>
        {
            var expected = AssertEngineReportsExpected(corpus, 300);
            Assert.Contains(expected.Values, v => v.Length > 0);
        });
    }

    /// <summary>The generator's verdicts are only worth as much as its defects: every kind is injected, each exactly once per document, in both forms.</summary>
    [Fact]
    public void TheGeneratedCorpusSpreadsEveryDefectKindOverBothFormsLineEndsAndBoms()
    {
        var documents = CorpusGenerator.Generate(new CorpusOptions(400) { Seed = 3, DefectShare = 0.5 });
        Assert.Equal(400, documents.Count);
        Assert.Equal(400, documents.Select(d => d.Path).Distinct().Count());
        Assert.Equal(120, documents.Count(d => d.IsMarkdown));
        Assert.Equal(200, documents.Count(d => d.ExpectedRule.Length > 0));
        Assert.Equal(20, documents.Count(d => System.Text.Encoding.UTF8.GetString(d.Content).Contains("\r\n")));
        Assert.Equal(8, documents.Count(d => d.Content.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF })));
        foreach (var rule in CorpusGenerator.InjectedRulesV10)
        {
            var withRule = documents.Where(d => d.ExpectedRule == rule).ToList();
            // 200 defects over 11 rules in catalogue order: the first two rules get the remaining two.
            Assert.Equal(rule is "PIR002" or "PIR003" ? 19 : 18, withRule.Count);
            Assert.Contains(withRule, d => d.IsMarkdown);
            Assert.Contains(withRule, d => !d.IsMarkdown);
        }
    }

    /// <summary>The same for v1.1: every v1.1 defect kind, with exact counts, in both forms, and the v1.1 content present.</summary>
    [Fact]
    public void TheGeneratedV11CorpusSpreadsEveryDefectKindOverBothFormsLineEndsAndBoms()
    {
        var documents = CorpusGenerator.Generate(new CorpusOptions(400) { Seed = 3, DefectShare = 0.5, Spec = CorpusSpec.V1_1 });
        Assert.Equal(400, documents.Count);
        Assert.Equal(400, documents.Select(d => d.Path).Distinct().Count());
        Assert.Equal(120, documents.Count(d => d.IsMarkdown));
        Assert.Equal(200, documents.Count(d => d.ExpectedRule.Length > 0));
        Assert.Equal(20, documents.Count(d => System.Text.Encoding.UTF8.GetString(d.Content).Contains("\r\n")));
        Assert.Equal(8, documents.Count(d => d.Content.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF })));
        Assert.Equal(15, CorpusGenerator.InjectedRulesV11.Count);
        foreach (var rule in CorpusGenerator.InjectedRulesV11)
        {
            var withRule = documents.Where(d => d.ExpectedRule == rule).ToList();
            // 200 defects over 15 rules in catalogue order: the first five rules get the remaining five.
            Assert.Equal(rule is "PIR002" or "PIR003" or "PIR004" or "PIR005" or "PIR101" ? 14 : 13, withRule.Count);
            Assert.Contains(withRule, d => d.IsMarkdown);
            Assert.Contains(withRule, d => !d.IsMarkdown);
        }

        var texts = documents.Select(d => System.Text.Encoding.UTF8.GetString(d.Content)).ToList();
        foreach (var content in new[] { "ai_agent:", "closed_date:", "started_at:", "resolved_at:", "\nsummary:", "prompt_version:", "tools:", "guardrails:", "evals:", "traces:", "Closed date" })
        {
            Assert.Contains(texts, t => t.Contains(content));
        }

        Assert.Contains(documents, d => d.ExpectedRule == "PIR002" && d.Note.StartsWith("missing ai_agent.", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.ExpectedRule == "PIR101" && d.Note.StartsWith("team as owner: ", StringComparison.Ordinal));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"duration: ""?(about|approximately|~)"));
    }

    [Fact]
    public void TheGeneratorGivesTheSameBytesForTheSameSeedAndOthersForAnother()
    {
        var first = CorpusGenerator.Generate(new CorpusOptions(60) { Seed = 5 });
        var second = CorpusGenerator.Generate(new CorpusOptions(60) { Seed = 5 });
        var other = CorpusGenerator.Generate(new CorpusOptions(60) { Seed = 6 });
        Assert.Equal(first.Select(d => d.Path), second.Select(d => d.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        Assert.Empty(first.Select(d => d.Path).Intersect(other.Select(d => d.Path)));
    }

    /// <summary>The shared v1.1 corpus (format v1.1, its new fields and defect kinds) with the default schema: exactly the expected rules, every one.</summary>
    [FactRequiring(PrerequisiteReason.SharedCorpus)]
    public void EngineReportsExactlyTheExpectedRulesOnTheSharedV11Corpus()
    {
        InTemporaryFolder(corpus => SharedCorpus.WriteSpec(corpus, 300, "1.1", "--seed", "1"), corpus =>
        {
            var expected = AssertEngineReportsExpected(corpus, 300, new PirLintEngine(), PirLintOptions.Default, ids => ids);
            foreach (var rule in V11Rules)
            {
                Assert.Contains(expected.Values, v => v.Split(',').Contains(rule));
            }
        });
    }

    /// <summary>Lints every document of <paramref name="corpus"/> and its set, and asserts the ids are those of expected.tsv; returns expected.tsv.</summary>
    private static Dictionary<string, string> AssertEngineReportsExpected(string corpus, int count) =>
        AssertEngineReportsExpected(corpus, count, V10Engine.Value, V10Options, ids => ids);

    private static Dictionary<string, string> AssertEngineReportsExpected(string corpus, int count, PirLintEngine engine, PirLintOptions options, Func<IEnumerable<string>, IEnumerable<string>> compared)
    {
        var expected = File.ReadAllLines(Path.Combine(corpus, "expected.tsv"))
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => parts[1]);
        Assert.Equal(count, expected.Count);

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
            var wanted = string.Join(",", compared(expected[result.Path].Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)));
            if (actual != wanted)
            {
                mismatches.Add($"{result.Path}: expected '{wanted}', got '{actual}': " +
                               string.Join(" | ", result.Diagnostics.Select(d => d.ToString())));
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
        return expected;
    }

    /// <summary>Runs <paramref name="test"/> on a fresh corpus of the project's generator (seed 1, format v1.0), deleted afterwards.</summary>
    internal static void WithCorpus(int count, Action<string> test) => WithCorpus(count, CorpusSpec.V1_0, test);

    /// <summary>Runs <paramref name="test"/> on a fresh corpus of the project's generator (seed 1, <paramref name="spec"/>), deleted afterwards.</summary>
    internal static void WithCorpus(int count, CorpusSpec spec, Action<string> test) =>
        InTemporaryFolder(corpus => CorpusGenerator.Write(corpus, new CorpusOptions(count) { Spec = spec }), test);

    /// <summary>Runs <paramref name="test"/> on a fresh corpus of <c>../shared/bench/make-corpus</c> (seed 1, <c>--spec 1.0</c>), deleted afterwards. Needs <see cref="PrerequisiteReason.SharedCorpus"/>.</summary>
    internal static void WithSharedCorpus(int count, Action<string> test) =>
        InTemporaryFolder(corpus => SharedCorpus.Write(corpus, count, "--seed", "1"), test);

    /// <summary>The repository root; kept for tests written against it: use <see cref="TestPaths.RepositoryRoot"/>.</summary>
    internal static string RepositoryRoot() => TestPaths.RepositoryRoot;

    private static void InTemporaryFolder(Action<string> make, Action<string> test)
    {
        var corpus = Path.Combine(Path.GetTempPath(), "pirlint-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            make(corpus);
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
}
