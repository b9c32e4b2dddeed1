using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
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
        ForEachIndex(files.Count, jobs > 0 ? jobs : Environment.ProcessorCount, i =>
        {
            var file = files[i];
            var options = configs.OptionsFor(file);
            var content = ReviewFileReader.Read(file);
            results[i] = content.Bytes == null
                ? PirLintEngine.Unreadable(displayPath(file), content.Problem!, options)
                : schemas.EngineFor(file).Lint(displayPath(file), content.Bytes, options);
        });

        return new ReviewRun(results, new List<PirDiagnostic>(schemas.Problems), configs.Warnings.ToArray());
    }

    /// <summary>
    /// Calls <paramref name="work"/> once for each index below <paramref name="count"/>, on up to
    /// <paramref name="workers"/> threads, the caller's among them. Plain threads rather than Parallel.For: the task
    /// library's start-up (its assemblies, its event source, the thread pool) costs a one-file check more than the lint.
    /// The first exception stops the other threads from taking new indexes and is rethrown here.
    /// </summary>
    private static void ForEachIndex(int count, int workers, Action<int> work)
    {
        var next = -1;
        Exception? failure = null;
        void Drain()
        {
            try
            {
                int index;
                while (Volatile.Read(ref failure) == null && (index = Interlocked.Increment(ref next)) < count)
                {
                    work(index);
                }
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref failure, exception, null);
            }
        }

        var helpers = new Thread[Math.Max(0, Math.Min(workers, count) - 1)];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = new Thread(Drain) { IsBackground = true, Name = "pirlint lint" };
            helpers[i].Start();
        }

        Drain();
        foreach (var helper in helpers)
        {
            helper.Join();
        }

        if (failure != null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    /// <summary>
    /// Every diagnostic of the run but hidden ones, in the one deterministic order: each file's, PIR006 across them,
    /// the schema files' problems, and the follow-up rules when <paramref name="today"/> is given.
    /// </summary>
    public List<PirDiagnostic> Diagnostics(DateTime? today) => PirLintEngine.RunDiagnostics(Results, today, SchemaProblems);
}
