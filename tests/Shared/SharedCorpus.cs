using System;
using System.Globalization;
using System.Linq;

namespace PirLint.TestSupport;

/// <summary>
/// The shared benchmark corpus, <c>../shared/bench/make-corpus</c> (python3), format v1.0 unless a test asks for v1.1. Tests that use it
/// are marked <c>[FactRequiring(PrerequisiteReason.SharedCorpus)]</c>, so they skip with the reason where it is absent.
/// </summary>
internal static class SharedCorpus
{
    /// <summary>Writes <paramref name="count"/> documents and expected.tsv into <paramref name="folder"/>; extra make-corpus options follow.</summary>
    public static void Write(string folder, int count, params string[] options) => WriteSpec(folder, count, "1.0", options);

    /// <summary>Writes a corpus of format version <paramref name="spec"/> (<c>1.0</c> or <c>1.1</c>).</summary>
    public static void WriteSpec(string folder, int count, string spec, params string[] options)
    {
        var reason = Prerequisite.SharedCorpus();
        if (reason != null)
        {
            throw new InvalidOperationException("the shared corpus is not available: " + reason);
        }

        var arguments = new[] { TestPaths.MakeCorpusScript, folder, "--count", count.ToString(CultureInfo.InvariantCulture), "--spec", spec, "--force" }.Concat(options);
        var result = ChildProcess.Run("python3", arguments, timeout: TimeSpan.FromMinutes(5));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("make-corpus failed: " + result.Stderr);
        }
    }
}
