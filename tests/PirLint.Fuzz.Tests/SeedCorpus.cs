using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace PirLint.Fuzz.Tests;

internal sealed record SeedDocument(string Path, byte[] Content)
{
    public bool IsMarkdown => Path.EndsWith(".md", StringComparison.Ordinal);
}

/// <summary>
/// The documents the fuzzer starts from: the samples, 40 documents of the shared corpus (seed 1, both forms, with and
/// without defects) and the regression cases under <c>regressions/</c>. Read once per test run, in a fixed order.
/// </summary>
internal static class SeedCorpus
{
    private static readonly Lazy<IReadOnlyList<SeedDocument>> Documents = new(Load);

    public static IReadOnlyList<SeedDocument> All => Documents.Value;

    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, "PirLint.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("PirLint.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The regression cases: inputs that once broke a property, kept as files.</summary>
    public static IEnumerable<SeedDocument> Regressions()
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "regressions");
        if (!Directory.Exists(folder))
        {
            return Array.Empty<SeedDocument>();
        }

        return Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal)
            .Where(f => !f.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => new SeedDocument("regressions/" + System.IO.Path.GetFileName(f), File.ReadAllBytes(f)));
    }

    private static IReadOnlyList<SeedDocument> Load()
    {
        var root = RepositoryRoot;
        var documents = new List<SeedDocument>();
        var samples = System.IO.Path.Combine(root, "samples", "reviews");
        foreach (var file in Directory.GetFiles(samples, "*.pir.*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            documents.Add(new SeedDocument("samples/" + System.IO.Path.GetRelativePath(samples, file).Replace('\\', '/'), File.ReadAllBytes(file)));
        }

        var corpus = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pirlint-fuzz-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            MakeCorpus(root, corpus, 40);
            foreach (var file in Directory.GetFiles(corpus, "*.pir.*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                documents.Add(new SeedDocument("corpus/" + System.IO.Path.GetRelativePath(corpus, file).Replace('\\', '/'), File.ReadAllBytes(file)));
            }
        }
        finally
        {
            if (Directory.Exists(corpus))
            {
                Directory.Delete(corpus, recursive: true);
            }
        }

        documents.AddRange(Regressions());
        documents.Add(new SeedDocument("seeds/aliases.pir.yaml", Encoding.UTF8.GetBytes(
            "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c {k: *b, l: *b}\nincident_summary: *c\n")));
        return documents;
    }

    private static void MakeCorpus(string root, string output, int count)
    {
        var script = System.IO.Path.Combine(root, "..", "shared", "bench", "make-corpus");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"the corpus generator is not at {script}; the tests expect ../shared beside the repository");
        }

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, output, "--count", count.ToString(), "--seed", "1", "--spec", "1.0", "--markdown-share", "0.4", "--crlf-share", "0.1", "--bom-share", "0.1" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("make-corpus failed: " + error.Result);
        }
    }
}
