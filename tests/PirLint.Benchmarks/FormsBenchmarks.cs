using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PirLint.Configuration;
using PirLint.Engine;

namespace PirLint.Benchmarks;

/// <summary>The Markdown form against the YAML form: the same review (samples/reviews/INC-2026-0317) in both.</summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class FormsBenchmarks
{
    private readonly PirLintEngine _engine = new();
    private byte[] _yaml = null!;
    private byte[] _markdown = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Corpus.RepositoryRoot(), "samples", "reviews");
        _yaml = File.ReadAllBytes(Path.Combine(folder, "INC-2026-0317.pir.yaml"));
        _markdown = File.ReadAllBytes(Path.Combine(folder, "INC-2026-0317.pir.md"));
    }

    [Benchmark(Baseline = true, Description = "INC-2026-0317.pir.yaml")]
    public DocumentResult Yaml() => _engine.Lint("INC-2026-0317.pir.yaml", _yaml, PirLintOptions.Default);

    [Benchmark(Description = "INC-2026-0317.pir.md")]
    public DocumentResult Markdown() => _engine.Lint("INC-2026-0317.pir.md", _markdown, PirLintOptions.Default);
}

/// <summary>The two forms over the corpus (different reviews of the same generator): time per document.</summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class CorpusFormsBenchmarks
{
    private const int Documents = 250;

    private readonly PirLintEngine _engine = new();
    private List<Corpus.Document> _yaml = null!;
    private List<Corpus.Document> _markdown = null!;

    [GlobalSetup]
    public void Setup()
    {
        _yaml = Corpus.Load(1000, ".pir.yaml").Take(Documents).ToList();
        _markdown = Corpus.Load(1000, ".pir.md").Take(Documents).ToList();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Documents, Description = "corpus .pir.yaml")]
    public int Yaml() => Lint(_yaml);

    [Benchmark(OperationsPerInvoke = Documents, Description = "corpus .pir.md")]
    public int Markdown() => Lint(_markdown);

    private int Lint(List<Corpus.Document> documents)
    {
        var n = 0;
        foreach (var document in documents)
        {
            n += _engine.Lint(document.Path, document.Bytes, PirLintOptions.Default).Diagnostics.Count;
        }

        return n;
    }
}
