using System.Collections.Generic;
using PirLint.Engine;
using Xunit.Abstractions;

namespace PirLint.Fuzz.Tests;

public class EngineFuzzTests
{
    private readonly ITestOutputHelper _output;

    public EngineFuzzTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// PIRLINT_FUZZ_CASES mutated documents through the engine: no exception escapes, every span lies inside its file and
    /// every document the <see cref="InvalidityOracle"/> calls invalid gets a diagnostic.
    /// </summary>
    [Fact]
    public void MutatedDocumentsKeepTheEngineProperties()
    {
        var seeds = SeedCorpus.All;
        var engine = new PirLintEngine();
        var failures = new List<string>();
        var (first, count) = FuzzSettings.Range;
        var stats = new FuzzStats("engine");
        for (var n = first; n < first + count && failures.Count < 10; n++)
        {
            var (path, content) = Mutator.Next(FuzzSettings.CaseRandom(FuzzSettings.Seed, n, harness: 1), seeds, n);
            var problem = EngineProperties.Check(engine, path, content, out var elapsed);
            stats.Add(n, content, elapsed, InvalidityOracle.Check(path, content) != null);
            if (problem != null)
            {
                failures.Add(FuzzSettings.Describe("engine", n, path, content) + ": " + problem);
            }
            else if (FuzzSettings.OnlyCase != null)
            {
                _output.WriteLine(FuzzSettings.Describe("engine", n, path, content));
            }
        }

        _output.WriteLine(stats.Report());
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(FuzzSettings.OnlyCase != null || (stats.Invalid > 0 && stats.Invalid < stats.Cases), "the mutations should make both valid and invalid documents: " + stats);
    }
}
