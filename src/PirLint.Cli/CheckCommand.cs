using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Rules;

namespace PirLint.Cli;

/// <summary><c>pirlint check</c>: lints the reviews in parallel and prints their diagnostics in one deterministic order.</summary>
internal static class CheckCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var commandLine = CommandLine.Parse(args, "--format", "--schema", "--config", "--today");
        var format = commandLine.Get("--format") ?? "text";
        if (format is not ("text" or "json" or "sarif"))
        {
            throw new UsageException($"unknown format '{format}'; use text, json or sarif");
        }

        if (commandLine.Get("--today") is { } today && !DateTime.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new UsageException($"--today '{today}' is not a date; write YYYY-MM-DD");
        }

        var schemaPath = ExistingFile(commandLine.Get("--schema"), currentDirectory, "--schema");
        var configPath = ExistingFile(commandLine.Get("--config"), currentDirectory, "--config");
        var paths = commandLine.Paths.Count > 0 ? commandLine.Paths : new List<string> { "." };
        var files = ReviewFileFinder.Find(paths, currentDirectory);

        var diagnostics = Lint(files, schemaPath, configPath, currentDirectory, stderr);
        OutputWriter.Write(format, diagnostics, files.Count, stdout);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == PirSeverity.Error)
            {
                return CliApplication.ErrorsFound;
            }
        }

        return CliApplication.Success;
    }

    internal static List<PirDiagnostic> Lint(IReadOnlyList<string> files, string? schemaPath, string? configPath, string currentDirectory, TextWriter stderr)
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

        var all = new List<PirDiagnostic>();
        foreach (var result in results)
        {
            all.AddRange(result.Diagnostics);
        }

        all.AddRange(PirLintEngine.LintSet(results));
        all.AddRange(schemas.Problems);
        foreach (var warning in configs.Warnings)
        {
            stderr.WriteLine("pirlint: " + warning);
        }

        var sorted = DiagnosticOrder.SortAndDistinct(all);
        sorted.RemoveAll(d => d.Severity is PirSeverity.Hidden or PirSeverity.None);
        return sorted;
    }

    private static string? ExistingFile(string? path, string currentDirectory, string option)
    {
        if (path == null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(currentDirectory, path));
        return File.Exists(full) ? full : throw new UsageException($"{option} file '{path}' does not exist");
    }
}
