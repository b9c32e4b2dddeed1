using System;
using System.Globalization;
using System.IO;

namespace PirLint.Fuzz.Tests;

/// <summary>
/// How many cases a run makes and from which seed. <c>PIRLINT_FUZZ_CASES</c> is the number of mutated documents each
/// harness (engine, analyzer, generator) lints, default <see cref="DefaultCases"/>; <c>PIRLINT_FUZZ_SEED</c> the run's seed.
/// Case n of seed s is always the same bytes, whatever the case count: <c>PIRLINT_FUZZ_CASE=n</c> runs that case alone.
/// </summary>
internal static class FuzzSettings
{
    public const int DefaultCases = 2000;

    public const int DefaultSeed = 20260501;

    public static int Cases => Read("PIRLINT_FUZZ_CASES") ?? DefaultCases;

    public static int Seed => Read("PIRLINT_FUZZ_SEED") ?? DefaultSeed;

    /// <summary>A single case to run, for reproducing a failure.</summary>
    public static int? OnlyCase => Read("PIRLINT_FUZZ_CASE");

    /// <summary>The first case and the number of cases to run.</summary>
    public static (int First, int Count) Range => OnlyCase is { } only ? (only, 1) : (0, Cases);

    /// <summary>The random source of one case: a pure function of the run's seed and the case number.</summary>
    public static Random CaseRandom(int seed, int caseNumber, int harness) =>
        new(unchecked((seed * 1_000_003) ^ (caseNumber * 7919) ^ (harness * 104_729)));

    /// <summary>Keeps a failing input where a person can find it, and says how to run it again.</summary>
    public static string Describe(string harness, int caseNumber, string path, byte[] content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pirlint-fuzz-failures");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{harness}-seed{Seed}-case{caseNumber}{Path.GetExtension(path)}");
        File.WriteAllBytes(file, content);
        return $"{harness} case {caseNumber} of seed {Seed} ({path}, saved to {file}); rerun with PIRLINT_FUZZ_SEED={Seed} PIRLINT_FUZZ_CASE={caseNumber}";
    }

    private static int? Read(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
