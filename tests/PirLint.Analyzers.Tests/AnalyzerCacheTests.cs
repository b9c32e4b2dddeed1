using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Analyzers.Tests;

/// <summary>
/// The analyzer keeps each review's result with its <see cref="Microsoft.CodeAnalysis.Text.SourceText"/>: the next
/// compilation (in the IDE, after a keystroke anywhere) lints only the reviews whose text changed.
/// </summary>
public class AnalyzerCacheTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "reviews", name));

    [Fact]
    public void ASecondCompilationLintsOnlyTheReviewThatChanged()
    {
        // Paths of this test only: other tests lint in parallel and raise the same event.
        var folder = "/cache-test-" + Guid.NewGuid().ToString("N") + "/";
        var clean = Sample("INC-2026-0317.pir.yaml");
        var broken = Sample(Path.Combine("broken", "INC-2026-0412.pir.yaml"));
        var a = new InMemoryAdditionalText(folder + "a.pir.yaml", clean);
        var b = new InMemoryAdditionalText(folder + "b.pir.md", Sample("INC-2026-0317.pir.md"));
        var c = new InMemoryAdditionalText(folder + "c.pir.yaml", broken);
        using var recorder = new EngineRunRecorder(folder);
        var runs = recorder.Runs;
        var first = Analyze("class C { }", a, b, c);
        Assert.Equal(new[] { "a.pir.yaml", "b.pir.md", "c.pir.yaml" }, runs.OrderBy(p => p, StringComparer.Ordinal));

        // A keystroke in C# and one review edited: a new compilation with the same texts for a and b, a new one for c.
        runs.Clear();
        var changedC = new InMemoryAdditionalText(folder + "c.pir.yaml", broken + "\n# edited\n");
        var second = Analyze("class C { int x; }", a, b, changedC);
        Assert.Equal(new[] { "c.pir.yaml" }, runs);

        // The cached results are reported as if linted again: the same diagnostics at the same places.
        Assert.Equal(Describe(first), Describe(second));
        Assert.Contains(second, d => d.Id == "PIR101" && d.Location.GetLineSpan().Path.EndsWith("c.pir.yaml", StringComparison.Ordinal));

        // Other options for a file are another result: a is linted again, b is not.
        runs.Clear();
        Analyze("class C { }", new Dictionary<string, Dictionary<string, string>> { [a.Path] = new() { ["pirlint.action_items.max"] = "2" } }, a, b);
        Assert.Equal(new[] { "a.pir.yaml" }, runs);
    }

    [Fact]
    public void InABuildTheAnalyzerFindsWhatTheGeneratorLinted()
    {
        var folder = "/cache-test-" + Guid.NewGuid().ToString("N") + "/";
        var a = new InMemoryAdditionalText(folder + "a.pir.yaml", Sample("INC-2026-0317.pir.yaml"));
        var c = new InMemoryAdditionalText(folder + "c.pir.yaml", Sample(Path.Combine("broken", "INC-2026-0412.pir.yaml")));
        using var recorder = new EngineRunRecorder(folder);
        var runs = recorder.Runs;
        // As the compiler does: the generator runs first, over the same additional texts the analyzer reads.
        GeneratorHarness.Driver(new AdditionalText[] { a, c }).RunGenerators(GeneratorHarness.Compilation());
        var diagnostics = Analyze("class C { }", a, c);
        Assert.Empty(runs);
        Assert.Contains(diagnostics, d => d.Id == "PIR101" && d.Location.GetLineSpan().Path.EndsWith("c.pir.yaml", StringComparison.Ordinal));
    }

    private static ImmutableArray<Diagnostic> Analyze(string code, params AdditionalText[] files) =>
        Analyze(code, new Dictionary<string, Dictionary<string, string>>(), files);

    private static ImmutableArray<Diagnostic> Analyze(string code, Dictionary<string, Dictionary<string, string>> options, params AdditionalText[] files)
    {
        var compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText(code) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var analyzerOptions = new AnalyzerOptions(files.ToImmutableArray(), new DictionaryOptionsProvider(options, new()));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PirLintAnalyzer()),
            new CompilationWithAnalyzersOptions(analyzerOptions, (e, _, _) => exceptions.Add(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        Assert.Empty(exceptions);
        return diagnostics;
    }

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{Path.GetFileName(d.Location.GetLineSpan().Path)}{d.Location.GetLineSpan().Span} {d.Id} {d.GetMessage()}")
            .OrderBy(s => s, StringComparer.Ordinal).ToArray();
}
