using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PirLint.Analyzers.Generator;

namespace PirLint.Benchmarks;

/// <summary>
/// The incremental generator on 1,000 reviews: a cold run (a new driver, as in a build) against a warm run of the
/// driver after one review's title changed (the IDE after an edit).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AdditionalText[] _files = null!;
    private AdditionalText[] _edited = null!;
    private GeneratorDriver _warm = null!;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Probe { } }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var sources = Corpus.Load(1000, ".pir.yaml").Concat(Corpus.Load(1000, ".pir.md"))
            .Select(d => (d.Path, Text: Encoding.UTF8.GetString(d.Bytes))).ToList();
        _files = sources.Select(s => (AdditionalText)new MemoryText(s.Path, s.Text)).ToArray();
        var index = sources.Count / 2;
        _edited = new[] { _files[index], new MemoryText(sources[index].Path, Edits.ChangeTitle(sources[index].Text)) };
        _warm = NewDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "cold: new driver, 1,000 reviews")]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "warm: one review changed")]
    public GeneratorDriver WarmOneChanged()
    {
        var (from, to) = _flip ? (_edited[1], _edited[0]) : (_edited[0], _edited[1]);
        _flip = !_flip;
        _warm = _warm.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        return _warm;
    }

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(new[] { new PirLintGenerator().AsSourceGenerator() }, _files, new CSharpParseOptions(LanguageVersion.CSharp12),
            new EmptyOptionsProvider());
}
