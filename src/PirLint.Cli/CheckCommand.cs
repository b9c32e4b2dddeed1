using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PirLint.Diagnostics;
using PirLint.Hosting;

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

        var linter = new ReviewSetLinter(schemaPath, configPath, currentDirectory, path => PathDisplay.Relative(path, currentDirectory));
        var diagnostics = linter.Lint(files);
        foreach (var warning in linter.Warnings)
        {
            stderr.WriteLine("pirlint: " + warning);
        }

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
