using System;
using System.Collections.Generic;
using System.IO;
using PirLint.Diagnostics;
using PirLint.Hosting;

namespace PirLint.Cli;

/// <summary><c>pirlint check</c>: lints the reviews in parallel and prints their diagnostics in one deterministic order.</summary>
internal static class CheckCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var commandLine = CommandLine.ParseWithFlags(args, new[] { "--junit-warnings" }, "--format", "--schema", "--config", "--today", "--jobs");
        var format = commandLine.Get("--format") ?? "text";
        if (Array.IndexOf(OutputWriter.Formats, format) < 0)
        {
            throw new UsageException($"unknown format '{format}'; use {string.Join(", ", OutputWriter.Formats)}");
        }

        var today = commandLine.GetToday();
        var jobs = 0;
        if (commandLine.Get("--jobs") is { } jobsText && (!int.TryParse(jobsText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out jobs) || jobs < 1))
        {
            throw new UsageException($"--jobs '{jobsText}' is not a number of files to lint at once; write 1 or more");
        }

        var schemaPath = ExistingFile(commandLine.Get("--schema"), currentDirectory, "--schema");
        var configPath = ExistingFile(commandLine.Get("--config"), currentDirectory, "--config");
        var paths = commandLine.Paths.Count > 0 ? commandLine.Paths : new List<string> { "." };
        // The reviews are linted as the walk finds them.
        var files = new List<string>();
        var run = ReviewRun.Lint(
            offer => files = ReviewFileFinder.Find(paths, currentDirectory, stderr, offer),
            schemaPath,
            configPath,
            currentDirectory,
            path => PathDisplay.Relative(path, currentDirectory),
            jobs);
        if (files.Count == 0)
        {
            // A wrong path in CI must not pass silently, as other linters do when a pattern matches nothing.
            stderr.WriteLine($"pirlint: no review found in {string.Join(", ", paths)} (looked for {ReviewFiles.Describe()} files)");
            return CliApplication.UsageError;
        }

        foreach (var warning in run.ConfigWarnings)
        {
            stderr.WriteLine("pirlint: " + warning);
        }

        var diagnostics = run.Diagnostics(today);
        var displayed = files.ConvertAll(path => PathDisplay.Relative(path, currentDirectory));
        OutputWriter.Write(format, diagnostics, displayed, stdout, commandLine.Has("--junit-warnings"));
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == PirSeverity.Error)
            {
                return CliApplication.ErrorsFound;
            }
        }

        return CliApplication.Success;
    }

    internal static string? ExistingFile(string? path, string currentDirectory, string option)
    {
        if (path == null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(currentDirectory, path));
        var kind = FileProbe.Kind(full);
        if (FileKinds.IsSpecial(kind))
        {
            throw new UsageException($"{option} file '{path}' is {FileKinds.Describe(kind)}, not a regular file");
        }

        return kind is FileKind.Regular or FileKind.Unknown ? full : throw new UsageException($"{option} file '{path}' does not exist");
    }
}
