using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PirLint.Configuration;
using PirLint.Engine;

namespace PirLint.Benchmarks;

/// <summary>
/// The figure of issue 4: the engine per YAML review against a bare YamlDotNet parse of the same bytes (UTF-8 decoding
/// included in both). Times are per document.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class EngineBenchmarks
{
    private const int Documents = 500;

    private readonly PirLintEngine _engine = new();
    private List<Corpus.Document> _documents = null!;

    [GlobalSetup]
    public void Setup() => _documents = Corpus.Load(1000, ".pir.yaml").Take(Documents).ToList();

    [Benchmark(Baseline = true, OperationsPerInvoke = Documents, Description = "bare YamlStream parse")]
    public int BareYamlParse()
    {
        var n = 0;
        foreach (var document in _documents)
        {
            n += Baseline.Parse(document.Bytes);
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Documents, Description = "engine.Lint (every rule)")]
    public int Engine()
    {
        var n = 0;
        foreach (var document in _documents)
        {
            n += _engine.Lint(document.Path, document.Bytes, PirLintOptions.Default).Diagnostics.Count;
        }

        return n;
    }
}
