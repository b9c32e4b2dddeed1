using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace PirLint.Benchmarks;

/// <summary>
/// The documents the benchmarks read: a corpus made by <c>../shared/bench/make-corpus</c> (seed 1), generated once
/// into the temporary folder and reused. <c>PIRLINT_BENCH_CORPUS</c> names another corpus folder instead.
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

        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pirlint-bench-corpus-{count}-seed1");
        if (File.Exists(System.IO.Path.Combine(folder, "expected.tsv")))
        {
            return folder;
        }

        var script = System.IO.Path.Combine(RepositoryRoot(), "..", "shared", "bench", "make-corpus");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { script, folder, "--count", count.ToString(), "--seed", "1", "--spec", "1.0", "--force" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("make-corpus failed: " + error);
        }

        return folder;
    }

    public static string RepositoryRoot()
    {
        var configured = Environment.GetEnvironmentVariable("PIRLINT_REPO");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PirLint.sln")))
            {
                return folder.FullName;
            }
        }

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PirLint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PirLint.sln not found above the benchmark; set PIRLINT_REPO");
    }
}
