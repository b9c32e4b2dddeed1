using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PirLint.TestSupport;

namespace PirLint.Benchmarks;

/// <summary>
/// The documents the benchmarks read, generated once (seed 1) into the temporary folder and reused: the shared corpus
/// of <c>../shared/bench/make-corpus</c> where it and python3 are present (the corpus the published figures were
/// measured on), else the project's own corpus (<see cref="CorpusGenerator"/>). <c>PIRLINT_BENCH_CORPUS</c> names
/// another corpus folder instead.
/// </summary>
internal static class Corpus
{
    public sealed record Document(string Path, byte[] Bytes);

    public static IReadOnlyList<Document> Load(int count, string suffix)
    {
        var folder = Folder(count);
        return Directory.EnumerateFiles(folder, "*" + suffix, SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new Document(p, File.ReadAllBytes(p)))
            .ToList();
    }

    public static string Folder(int count)
    {
        var configured = Environment.GetEnvironmentVariable("PIRLINT_BENCH_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var shared = File.Exists(TestPaths.MakeCorpusScript) && ChildProcess.FindOnPath("python3") != null;
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pirlint-bench-corpus-{count}-seed1-{(shared ? "shared" : "own")}");
        if (File.Exists(System.IO.Path.Combine(folder, "expected.tsv")))
        {
            return folder;
        }

        if (!shared)
        {
            Console.Error.WriteLine("benchmark corpus: ../shared/bench/make-corpus or python3 is missing; using the project's own corpus generator");
            CorpusGenerator.Write(folder, new CorpusOptions(count));
            return folder;
        }

        var arguments = new[] { TestPaths.MakeCorpusScript, folder, "--count", count.ToString(CultureInfo.InvariantCulture), "--seed", "1", "--spec", "1.1", "--force" };
        var result = ChildProcess.Run("python3", arguments, timeout: TimeSpan.FromMinutes(10));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("make-corpus failed: " + result.Stderr);
        }

        return folder;
    }

    /// <summary>The repository: <c>PIRLINT_REPO</c> when set, else <see cref="TestPaths.RepositoryRoot"/>.</summary>
    public static string RepositoryRoot()
    {
        var configured = Environment.GetEnvironmentVariable("PIRLINT_REPO");
        return string.IsNullOrEmpty(configured) ? TestPaths.RepositoryRoot : configured;
    }
}
