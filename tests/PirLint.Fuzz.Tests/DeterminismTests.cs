using System;
using System.Linq;
using PirLint.Configuration;
using PirLint.Engine;

namespace PirLint.Fuzz.Tests;

/// <summary>
/// The same reviews give byte-identical generated sources and the same diagnostics in the same order, run after run and
/// whatever order the compiler hands the files over in. (The CLI's serial, parallel and shuffled runs are in the CLI tests.)
/// </summary>
public class DeterminismTests
{
    [Fact]
    public void GeneratedSourcesAreByteIdenticalAcrossRunsAndFileOrders()
    {
        var seeds = SeedCorpus.All;
        string Sources(int order)
        {
            var random = new Random(order);
            var files = seeds.Select((s, i) => RoslynHost.File($"/p/{i:D3}/" + System.IO.Path.GetFileName(s.Path), s.Content, singleByteFallback: false))
                .OrderBy(_ => order == 0 ? 0 : random.Next()).ToArray();
            var (result, _, diagnostics) = RoslynHost.Generate(files);
            Assert.Empty(diagnostics);
            // One file per review, in the order the compiler handed the reviews over; each file's name and bytes must not change.
            return string.Join("\n//----\n", result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal)
                .Select(s => s.HintName + "\n" + s.SourceText));
        }

        var expected = Sources(0);
        Assert.Contains("PirCatalog", expected);
        Assert.Contains("PirLint.Review.", expected);
        for (var order = 0; order < 4; order++)
        {
            Assert.Equal(expected, Sources(order));
        }
    }

    [Fact]
    public void AnalyzerDiagnosticsAreTheSameAcrossRunsAndFileOrders()
    {
        var seeds = SeedCorpus.All;
        string Diagnostics(int order)
        {
            var random = new Random(order);
            var files = seeds.Select((s, i) => RoslynHost.File($"/p/{i:D3}/" + System.IO.Path.GetFileName(s.Path), s.Content, singleByteFallback: false))
                .Concat(new[] { RoslynHost.File("/p/copy.pir.yaml", seeds[0].Content, singleByteFallback: false) })
                .OrderBy(_ => order == 0 ? 0 : random.Next()).ToArray();
            var (diagnostics, exceptions) = RoslynHost.Analyze(files);
            Assert.Empty(exceptions);

            // The compiler orders what it prints by location; the analyzer's own order follows its concurrency.
            return string.Join("\n", diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal));
        }

        var expected = Diagnostics(0);
        Assert.Contains("PIR006", expected);
        for (var order = 0; order < 4; order++)
        {
            Assert.Equal(expected, Diagnostics(order));
        }
    }

    [Fact]
    public void EngineDiagnosticsComeInTheSameOrderEveryRun()
    {
        foreach (var seed in SeedCorpus.All)
        {
            var first = new PirLintEngine().Lint(seed.Path, seed.Content, PirLintOptions.Default).Diagnostics.Select(d => d.ToString()).ToArray();
            Assert.Equal(first, new PirLintEngine().Lint(seed.Path, seed.Content, PirLintOptions.Default).Diagnostics.Select(d => d.ToString()).ToArray());
        }
    }
}
