using System;
using System.Collections.Generic;
using System.IO;
using PirLint.Diagnostics;
using PirLint.Engine;

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

        var today = commandLine.GetToday();
        var schemaPath = ExistingFile(commandLine.Get("--schema"), currentDirectory, "--schema");
        var configPath = ExistingFile(commandLine.Get("--config"), currentDirectory, "--config");
        var paths = commandLine.Paths.Count > 0 ? commandLine.Paths : new List<string> { "." };
        var files = ReviewFileFinder.Find(paths, currentDirectory);

        var diagnostics = Lint(files, schemaPath, configPath, currentDirectory, today, stderr);
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

    internal static List<PirDiagnostic> Lint(IReadOnlyList<string> files, string? schemaPath, string? configPath, string currentDirectory, DateTime today, TextWriter stderr)
    {
        var run = ReviewRun.Lint(files, schemaPath, configPath, currentDirectory);
        var all = new List<PirDiagnostic>();
        foreach (var result in run.Results)
        {
            all.AddRange(result.Diagnostics);
        }

        all.AddRange(PirLintEngine.LintSet(run.Results));
        all.AddRange(PirLintEngine.LintFollowUp(run.Results, today));
        all.AddRange(run.SchemaProblems);
        run.WriteWarnings(stderr);
        var sorted = DiagnosticOrder.SortAndDistinct(all);
        sorted.RemoveAll(d => d.Severity is PirSeverity.Hidden or PirSeverity.None);
        return sorted;
    }

    internal static string? ExistingFile(string? path, string currentDirectory, string option)
    {
        if (path == null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(currentDirectory, path));
        return File.Exists(full) ? full : throw new UsageException($"{option} file '{path}' does not exist");
    }
}
