using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using PirLint.Configuration;
using PirLint.Documents;
using PirLint.Engine;
using PirLint.Fuzz.Tests;

namespace PirLint.Benchmarks;

/// <summary>
/// The time bound the unit tests do not assert (they count allocations instead): a review just under the 1 MiB limit,
/// grown in each of the shapes of the resource tests, should lint in well under a second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class LargeDocumentBenchmarks
{
    private readonly PirLintEngine _engine = new();
    private string _path = string.Empty;
    private byte[] _content = System.Array.Empty<byte>();

    public static IEnumerable<string> Shapes => HostileDocuments.LargeShapes;

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => (_path, _content) = HostileDocuments.Large(Shape, PirLimits.MaxBytes - 4096);

    [Benchmark(Description = "engine.Lint of a 1 MiB review")]
    public int Lint() => _engine.Lint(_path, _content, PirLintOptions.Default).Diagnostics.Count;
}
