using System;
using System.Collections.Generic;
using System.Text;
using PirLint.Tests.Values;
using Xunit.Abstractions;

namespace PirLint.Fuzz.Tests;

public class DurationFuzzTests
{
    private readonly ITestOutputHelper _output;

    public DurationFuzzTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// PIRLINT_FUZZ_CASES texts of <see cref="DurationTexts"/>, shaped durations and random pieces by turns: the
    /// hand-written duration parser answers each as the regexes it replaced did, bool and TimeSpan.
    /// </summary>
    [Fact]
    public void GeneratedDurationsReadLikeTheRegexes()
    {
        var (first, count) = FuzzSettings.Range;
        var failures = new List<string>();
        var outcomes = new DurationOutcomes();
        for (var n = first; n < first + count && failures.Count < 10; n++)
        {
            var random = FuzzSettings.CaseRandom(FuzzSettings.Seed, n, harness: 10);
            var text = n % 2 == 0 ? DurationTexts.ShapedAndMutated(random) : DurationTexts.RandomPieces(random);
            if (DurationReference.Disagreement(text, out var outcome) is { } problem)
            {
                failures.Add(FuzzSettings.Describe("durations", n, "duration.txt", Encoding.UTF8.GetBytes(text)) + ": " + problem);
            }

            outcomes.Add(outcome);
        }

        _output.WriteLine($"durations: cases {first} to {first + count - 1} of seed {FuzzSettings.Seed}: {outcomes}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(FuzzSettings.OnlyCase != null || (outcomes[DurationOutcome.True] > 0 && outcomes[DurationOutcome.False] > 0), $"the texts should be of both kinds: {outcomes}");
    }
}
