using System;
using System.Collections.Generic;
using System.IO;
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
    public static ReviewRun Lint(IReadOnlyList<string> files, string? schemaPath, string? configPath, string currentDirectory, Func<string, string> displayPath, int jobs = 0) =>
        Lint(_ => files, schemaPath, configPath, currentDirectory, displayPath, jobs);

    /// <summary>
    /// Lints the files <paramref name="findFiles"/> returns, and starts on each file it offers while it is still
    /// looking (the walk offers the plain files it meets), so that a large folder is linted while it is walked.
    /// Only the returned files count, in their order; an offered file that is not among them is left out.
    /// </summary>
    public static ReviewRun Lint(Func<Action<string>, IReadOnlyList<string>> findFiles, string? schemaPath, string? configPath, string currentDirectory, Func<string, string> displayPath, int jobs = 0)
    {
        var schemas = new SchemaResolver(schemaPath, displayPath);
        var configs = new EditorConfigResolver(configPath, currentDirectory);
        var queue = new LintQueue(jobs > 0 ? jobs : Environment.ProcessorCount, file =>
        {
            var options = configs.OptionsFor(file);
            var content = ReviewFileReader.Read(file);
            return content.Bytes == null
                ? PirLintEngine.Unreadable(displayPath(file), content.Problem!, options)
                : schemas.EngineFor(file).Lint(displayPath(file), content.Bytes, options);
        });

        IReadOnlyList<string> files;
        try
        {
            files = findFiles(queue.Offer);
        }
        catch
        {
            queue.Abandon();
            throw;
        }

        var results = queue.Finish(files);
        return new ReviewRun(results, new List<PirDiagnostic>(schemas.Problems), configs.TakeWarnings());
    }

    /// <summary>
    /// Every diagnostic of the run but hidden ones, in the one deterministic order: each file's, PIR006 across them,
    /// the schema files' problems, and the follow-up rules when <paramref name="today"/> is given.
    /// </summary>
    public List<PirDiagnostic> Diagnostics(DateTime? today) => PirLintEngine.RunDiagnostics(Results, today, SchemaProblems);
}
