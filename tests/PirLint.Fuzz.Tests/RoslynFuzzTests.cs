using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace PirLint.Fuzz.Tests;

internal sealed record FuzzCase(int Number, string Path, byte[] Content, AdditionalText File);

/// <summary>
/// PIRLINT_FUZZ_CASES mutated documents through the analyzer (CompilationWithAnalyzers) and the generator (GeneratorDriver),
/// 40 files to a compilation. A batch that breaks a property is run again one file at a time to name the case.
/// </summary>
public class RoslynFuzzTests
{
    private const int BatchSize = 40;

    private readonly ITestOutputHelper _output;

    public RoslynFuzzTests(ITestOutputHelper output) => _output = output;

    /// <summary>No exception and no AD0001; every location inside its file, its lines where Roslyn puts its offsets; invalid means diagnosed.</summary>
    [Fact]
    public void MutatedDocumentsKeepTheAnalyzerProperties() => Run("analyzer", 2, AnalyzerProblems);

    /// <summary>No exception and no CS8785; what it generates compiles without a diagnostic (each distinct output compiled once).</summary>
    [Fact]
    public void MutatedDocumentsKeepTheGeneratorProperties()
    {
        var compiled = new HashSet<string>(StringComparer.Ordinal);
        Run("generator", 3, batch => GeneratorProblems(batch, compiled));
    }

    private void Run(string harness, int harnessNumber, Func<IReadOnlyList<FuzzCase>, List<string>> problemsOf)
    {
        var seeds = SeedCorpus.All;
        var (first, count) = FuzzSettings.Range;
        var stats = new FuzzStats(harness);
        var failures = new List<string>();
        for (var start = first; start < first + count && failures.Count < 10; start += BatchSize)
        {
            var batch = new List<FuzzCase>();
            for (var n = start; n < Math.Min(start + BatchSize, first + count); n++)
            {
                var (path, content) = Mutator.Next(FuzzSettings.CaseRandom(FuzzSettings.Seed, n, harnessNumber), seeds, n);
                batch.Add(new FuzzCase(n, path, content, RoslynHost.File(path, content, singleByteFallback: n % 2 == 0)));
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var problems = problemsOf(batch);
            foreach (var fuzzCase in batch)
            {
                stats.Add(fuzzCase.Number, fuzzCase.Content, watch.Elapsed / batch.Count, InvalidityOracle.Check(fuzzCase.Path, fuzzCase.Content) != null);
            }

            if (problems.Count == 0)
            {
                continue;
            }

            foreach (var fuzzCase in batch)
            {
                foreach (var problem in problemsOf(new[] { fuzzCase }))
                {
                    failures.Add(FuzzSettings.Describe(harness, fuzzCase.Number, fuzzCase.Path, fuzzCase.Content) + ": " + problem);
                }
            }

            if (failures.Count == 0)
            {
                failures.Add($"{harness} batch from case {start}: {string.Join("; ", problems)} (no single case breaks it)");
            }
        }

        _output.WriteLine(stats.Report());
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    internal static List<string> AnalyzerProblems(IReadOnlyList<FuzzCase> batch)
    {
        var problems = new List<string>();
        var (diagnostics, exceptions) = RoslynHost.Analyze(batch.Select(c => c.File));
        problems.AddRange(exceptions.Select(e => "the analyzer threw " + e));
        var byPath = batch.ToDictionary(c => c.Path, StringComparer.Ordinal);
        var diagnosed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            if (!diagnostic.Id.StartsWith("PIR", StringComparison.Ordinal) || !byPath.TryGetValue(path, out var fuzzCase))
            {
                problems.Add("unexpected diagnostic " + diagnostic);
                continue;
            }

            diagnosed.Add(path);
            if (LocationProblem(diagnostic, fuzzCase.File) is { } problem)
            {
                problems.Add(problem);
            }
        }

        foreach (var fuzzCase in batch)
        {
            if (!diagnosed.Contains(fuzzCase.Path) && EngineProperties.Undiagnosed(fuzzCase.Path, fuzzCase.Content, 0) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private static string? LocationProblem(Diagnostic diagnostic, AdditionalText file)
    {
        var span = diagnostic.Location.SourceSpan;
        var lineSpan = diagnostic.Location.GetLineSpan().Span;
        if (file.GetText() is not { } text)
        {
            return span.Length == 0 && lineSpan.Start.Line == 0 ? null : $"{diagnostic} lies in a file without text";
        }

        if (span.End > text.Length)
        {
            return $"{diagnostic}: span {span} ends past the text of {text.Length} characters";
        }

        var expected = text.Lines.GetLinePositionSpan(span);
        return expected == lineSpan ? null : $"{diagnostic}: lines {lineSpan} but its span {span} is at {expected}";
    }

    internal static List<string> GeneratorProblems(IReadOnlyList<FuzzCase> batch, HashSet<string> compiled)
    {
        var problems = new List<string>();
        var (result, output, generatorDiagnostics) = RoslynHost.Generate(batch.Select(c => c.File));
        problems.AddRange(generatorDiagnostics.Select(d => "the generator reported " + d));
        problems.AddRange(result.Results.Where(r => r.Exception != null).Select(r => "the generator threw " + r.Exception));
        var sources = string.Join("\n//--\n", result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName + "\n" + s.SourceText));
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sources)));
        if (problems.Count == 0 && !compiled.Contains(key))
        {
            var diagnostics = output.GetDiagnostics();
            problems.AddRange(diagnostics.Select(d => "the generated code does not compile cleanly: " + d));
            if (diagnostics.Length == 0)
            {
                compiled.Add(key);
            }
        }

        return problems;
    }
}
