using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using PirLint.Diagnostics;
using PirLint.Engine;

namespace PirLint.Cli;

/// <summary>
/// The reviews of one command run, linted in parallel with the schema and options each file resolves to; the
/// results are in the files' (path) order whatever the parallelism.
/// </summary>
internal sealed class ReviewRun
{
    private ReviewRun(IReadOnlyList<DocumentResult> results, List<PirDiagnostic> schemaProblems, IReadOnlyCollection<string> configWarnings)
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

    public static ReviewRun Lint(IReadOnlyList<string> files, string? schemaPath, string? configPath, string currentDirectory)
    {
        string Display(string path) => PathDisplay.Relative(path, currentDirectory);
        var schemas = new SchemaResolver(schemaPath, Display);
        var configs = new ConfigResolver(configPath, currentDirectory);
        var results = new DocumentResult[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var file = files[i];
            var options = configs.OptionsFor(file);
            var engine = schemas.EngineFor(file);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                results[i] = PirLintEngine.Unreadable(Display(file), exception.Message, options);
                return;
            }

            results[i] = engine.Lint(Display(file), bytes, options);
        });

        return new ReviewRun(results, new List<PirDiagnostic>(schemas.Problems), configs.Warnings.ToArray());
    }

    public void WriteWarnings(TextWriter stderr)
    {
        foreach (var warning in ConfigWarnings)
        {
            stderr.WriteLine("pirlint: " + warning);
        }
    }
}
