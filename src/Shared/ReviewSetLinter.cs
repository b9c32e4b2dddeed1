using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using PirLint.Diagnostics;
using PirLint.Engine;

namespace PirLint.Hosting;

/// <summary>
/// Lints a set of review files from disk as one run, in parallel, with each file's schema and .editorconfig
/// options: what the CLI and the MSBuild task both do (linked into both).
/// </summary>
internal sealed class ReviewSetLinter
{
    private readonly SchemaResolver _schemas;
    private readonly EditorConfigResolver _configs;
    private readonly Func<string, string> _displayPath;

    public ReviewSetLinter(string? schemaPath, string? configPath, string currentDirectory, Func<string, string> displayPath)
    {
        _displayPath = displayPath;
        _schemas = new SchemaResolver(schemaPath, displayPath);
        _configs = new EditorConfigResolver(configPath, currentDirectory);
    }

    /// <summary>Warnings about the configuration, such as keys that would silently do nothing.</summary>
    public IEnumerable<string> Warnings => _configs.Warnings;

    /// <summary>Every diagnostic of the run but hidden ones, in the one deterministic order.</summary>
    public List<PirDiagnostic> Lint(IReadOnlyList<string> files)
    {
        var results = new DocumentResult[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var file = files[i];
            var options = _configs.OptionsFor(file);
            var engine = _schemas.EngineFor(file);
            var display = _displayPath(file);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                results[i] = PirLintEngine.Unreadable(display, exception.Message, options);
                return;
            }

            results[i] = engine.Lint(display, bytes, options);
        });

        var all = new List<PirDiagnostic>();
        foreach (var result in results)
        {
            all.AddRange(result.Diagnostics);
        }

        all.AddRange(PirLintEngine.LintSet(results));
        all.AddRange(_schemas.Problems);
        var sorted = DiagnosticOrder.SortAndDistinct(all);
        sorted.RemoveAll(d => d.Severity is PirSeverity.Hidden or PirSeverity.None);
        return sorted;
    }
}
