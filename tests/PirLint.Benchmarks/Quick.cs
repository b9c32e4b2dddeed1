using System;
using System.Diagnostics;
using System.Linq;
using PirLint.Configuration;
using PirLint.Engine;

namespace PirLint.Benchmarks;

/// <summary>
/// <c>quick [ROUNDS]</c>: a plain Stopwatch loop, engine against the bare parse over the corpus's YAML documents, for a
/// fast look (and for <c>dotnet-trace</c>, which profiles this loop well). The figures of record come from BenchmarkDotNet.
/// </summary>
internal static class Quick
{
    /// <summary><c>folder DIR [ROUNDS]</c>: the engine over every review of a folder, one core, best of ROUNDS, per form.</summary>
    public static void Folder(string[] args)
    {
        var rounds = args.Length > 2 ? int.Parse(args[2]) : 5;
        var engine = new PirLintEngine();
        foreach (var suffix in new[] { ".pir.yaml", ".pir.md" })
        {
            var documents = System.IO.Directory.EnumerateFiles(args[1], "*" + suffix, System.IO.SearchOption.AllDirectories)
                .Select(p => new Corpus.Document(p, System.IO.File.ReadAllBytes(p))).ToList();
            var best = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                foreach (var document in documents)
                {
                    engine.Lint(document.Path, document.Bytes, PirLintOptions.Default);
                }

                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{documents.Count} {suffix}: best {best:F0} ms, {1000 * best / documents.Count:F1} us per document");
        }
    }

    public static void Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 20;
        var mode = args.Length > 2 ? args[2] : "both";
        var documents = Corpus.Load(1000, ".pir.yaml");
        var engine = new PirLintEngine();
        var bareBest = double.MaxValue;
        var engineBest = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            if (mode is "both" or "bare")
            {
                var watch = Stopwatch.StartNew();
                foreach (var document in documents)
                {
                    Baseline.Parse(document.Bytes);
                }

                bareBest = Math.Min(bareBest, watch.Elapsed.TotalMilliseconds);
            }

            if (mode is "both" or "engine")
            {
                var watch = Stopwatch.StartNew();
                foreach (var document in documents)
                {
                    engine.Lint(document.Path, document.Bytes, PirLintOptions.Default);
                }

                engineBest = Math.Min(engineBest, watch.Elapsed.TotalMilliseconds);
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var document in documents)
        {
            Baseline.Parse(document.Bytes);
        }

        var bareBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var document in documents)
        {
            engine.Lint(document.Path, document.Bytes, PirLintOptions.Default);
        }

        var engineBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"{documents.Count} YAML documents, best of {rounds}: bare YamlStream {bareBest:F1} ms, engine {engineBest:F1} ms, ratio {engineBest / bareBest:F2}; " +
                          $"allocated per document: bare {bareBytes / documents.Count / 1024.0:F1} KB, engine {engineBytes / documents.Count / 1024.0:F1} KB");
    }
}
