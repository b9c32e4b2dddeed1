using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PirLint.Analyzers;

namespace PirLint.Benchmarks;

/// <summary>
/// The analyzer on 1,000 reviews (the corpus: 700 YAML, 300 Markdown) through <see cref="CompilationWithAnalyzers"/>:
/// every review new (a cold start, or a build), against a compilation in which one review changed (the IDE after an edit),
/// where the analyzer finds the other 999 results with their unchanged texts.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class AnalyzerBenchmarks
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PirLintAnalyzer());
    private CSharpCompilation _compilation = null!;
    private List<(string Path, string Text)> _sources = null!;
    private AdditionalText[] _files = null!;
    private AdditionalText[] _edited = null!;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("class C { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _sources = Corpus.Load(1000, ".pir.yaml").Concat(Corpus.Load(1000, ".pir.md"))
            .Select(d => (d.Path, Encoding.UTF8.GetString(d.Bytes))).ToList();
        _files = _sources.Select(s => (AdditionalText)new MemoryText(s.Path, s.Text)).ToArray();
        var index = _sources.Count / 2;
        _edited = new[] { _files[index], new MemoryText(_sources[index].Path, Edits.ChangeTitle(_sources[index].Text)) };
        Run(_files);
    }

    [Benchmark(Baseline = true, Description = "1,000 reviews, all new")]
    public int AllNew() => Run(_sources.Select(s => (AdditionalText)new MemoryText(s.Path, s.Text)).ToArray());

    [Benchmark(Description = "1,000 reviews, one changed")]
    public int OneChanged()
    {
        // One review alternates between two texts, so every run sees one review changed since the run before.
        _flip = !_flip;
        var files = (AdditionalText[])_files.Clone();
        files[_sources.Count / 2] = _edited[_flip ? 1 : 0];
        return Run(files);
    }

    private int Run(AdditionalText[] files)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files.ToImmutableArray(), new EmptyOptionsProvider()),
            null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        return _compilation.WithAnalyzers(_analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;
    }
}

internal static class Edits
{
    /// <summary>An edit of one value, as a person makes: the review's title (its first <c>title:</c> line).</summary>
    public static string ChangeTitle(string text)
    {
        var at = text.IndexOf("title:", StringComparison.Ordinal);
        var end = text.IndexOfAny(new[] { '\r', '\n' }, at);
        return text.Substring(0, at) + "title: \"Edited title\"" + text.Substring(end);
    }
}
