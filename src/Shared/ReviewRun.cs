using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Engine;

namespace PirLint.Hosting;

/// <summary>
/// The reviews of one run, read from disk and linted in parallel with the schema and .editorconfig options each file
/// resolves to; the results are in the files' order whatever the parallelism. Shared by the CLI and the MSBuild task.
/// </summary>
internal sealed class ReviewRun
{
    private ReviewRun(IReadOnlyList<DocumentResult> results, IReadOnlyList<PirDiagnostic> schemaProblems, IReadOnlyCollection<string> configWarnings)
    {
        Results = results;
        SchemaProblems = schemaProblems;
        ConfigWarnings = configWarnings;
    }

    public IReadOnlyList<DocumentResult> Results { get; }

    /// <summary>PIR001 in the schema files that could not be used.</summary>
    public IReadOnlyList<PirDiagnostic> SchemaProblems { get; }

    /// <summary>Warnings about configuration keys that would silently do nothing.</summary>
    public IReadOnlyCollection<string> ConfigWarnings { get; }

    /// <param name="displayPath">How a file is named in diagnostics (relative in the CLI, full in MSBuild).</param>
    /// <param name="jobs">How many files to lint at once; 0 for one per core.</param>
    public static ReviewRun Lint(IReadOnlyList<string> files, string? schemaPath, string? configPath, string currentDirectory, Func<string, string> displayPath, int jobs = 0)
    {
        var schemas = new SchemaResolver(schemaPath, displayPath);
        var configs = new EditorConfigResolver(configPath, currentDirectory);
        var results = new DocumentResult[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount }, i =>
        {
            var file = files[i];
            var options = configs.OptionsFor(file);
            var engine = schemas.EngineFor(file);
            byte[]? bytes;
            try
            {
                bytes = ReadUpToLimit(file, out var length);
                if (bytes == null)
                {
                    results[i] = PirLintEngine.Unreadable(displayPath(file), TooLarge(length), options);
                    return;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                results[i] = PirLintEngine.Unreadable(displayPath(file), exception.Message, options);
                return;
            }

            results[i] = engine.Lint(displayPath(file), bytes, options);
        });

        return new ReviewRun(results, new List<PirDiagnostic>(schemas.Problems), configs.Warnings.ToArray());
    }

    /// <summary>
    /// The file's bytes, through one open handle; null (with its <paramref name="length"/>) for a file over the size limit,
    /// which is not read, so a huge file cannot fill memory.
    /// </summary>
    internal static byte[]? ReadUpToLimit(string file, out long length)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        length = stream.Length;
        if (length > PirLimits.MaxBytes)
        {
            return null;
        }

        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length)
        {
            var count = stream.Read(bytes, read, bytes.Length - read);
            if (count == 0)
            {
                Array.Resize(ref bytes, read);
                break;
            }

            read += count;
        }

        return bytes;
    }

    /// <summary>Why a file over the size limit is not read.</summary>
    internal static string TooLarge(long length) => $"it is {length:N0} bytes, over the limit of {PirLimits.MaxBytes:N0} bytes (1 MiB); split it or shorten it";

    /// <summary>
    /// Every diagnostic of the run but hidden ones, in the one deterministic order: each file's, PIR006 across them,
    /// the schema files' problems, and the follow-up rules when <paramref name="today"/> is given.
    /// </summary>
    public List<PirDiagnostic> Diagnostics(DateTime? today)
    {
        var all = new List<PirDiagnostic>();
        foreach (var result in Results)
        {
            all.AddRange(result.Diagnostics);
        }

        all.AddRange(PirLintEngine.LintSet(Results));
        if (today is { } date)
        {
            all.AddRange(PirLintEngine.LintFollowUp(Results, date));
        }

        all.AddRange(SchemaProblems);
        var sorted = DiagnosticOrder.SortAndDistinct(all);
        sorted.RemoveAll(d => d.Severity is PirSeverity.Hidden or PirSeverity.None);
        return sorted;
    }
}
