using System.Collections.Generic;
using System.IO;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Hosting;

namespace PirLint.Cli;

/// <summary><c>pirlint actions</c>: the follow-up report over every action item of the reviews, on one day.</summary>
internal static class ActionsCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        if (Tickets.ActionsFollowThrough.Handles(args))
        {
            return Tickets.ActionsFollowThrough.Run(args, stdout, stderr, currentDirectory);
        }

        var commandLine = CommandLine.ParseWithFlags(args, new[] { "--force" }, "--format", "--today", "--schema", "--config", "--chart", "--out");
        var format = commandLine.Get("--format") ?? "text";
        if (format is not ("text" or "json" or "markdown"))
        {
            throw new UsageException($"unknown format '{format}'; use text, json or markdown");
        }

        if (commandLine.Has("--chart") && format != "markdown")
        {
            throw new UsageException("--chart goes with --format markdown");
        }

        var today = commandLine.GetToday();
        var schemaPath = CheckCommand.ExistingFile(commandLine.Get("--schema"), currentDirectory, "--schema");
        var configPath = CheckCommand.ExistingFile(commandLine.Get("--config"), currentDirectory, "--config");
        var paths = commandLine.Paths.Count > 0 ? commandLine.Paths : new List<string> { "." };
        var files = ReviewFileFinder.Find(paths, currentDirectory, stderr);
        var outPath = commandLine.Get("--out") is { } o ? Path.GetFullPath(Path.Combine(currentDirectory, o)) : null;
        var chartPath = commandLine.Get("--chart") is { } c ? Path.GetFullPath(Path.Combine(currentDirectory, c)) : null;
        var force = commandLine.Has("--force");
        foreach (var target in new[] { chartPath, outPath })
        {
            if (!force && target != null && File.Exists(target))
            {
                stderr.WriteLine(FileWriter.Exists(PathDisplay.Relative(target, currentDirectory), "actions"));
                return CliApplication.UsageError;
            }
        }

        var run = ReviewRun.Lint(files, schemaPath, configPath, currentDirectory, path => PathDisplay.Relative(path, currentDirectory));
        foreach (var warning in run.ConfigWarnings)
        {
            stderr.WriteLine("pirlint: " + warning);
        }
        WriteUnreadable(run, stderr);
        var summary = FollowUpSummary.Create(run.Results, today);

        // Links in a saved Markdown report are relative to the report's folder.
        var reportFolder = outPath != null ? Path.GetDirectoryName(outPath)! : currentDirectory;
        string Link(string displayPath) => PathDisplay.Relative(Path.GetFullPath(Path.Combine(currentDirectory, displayPath)), reportFolder);
        string? chartLink = null;
        if (chartPath != null)
        {
            if (!FileWriter.Write(chartPath, CompletionChart.Svg(summary), force))
            {
                stderr.WriteLine(FileWriter.Exists(PathDisplay.Relative(chartPath, currentDirectory), "actions"));
                return CliApplication.UsageError;
            }

            chartLink = PathDisplay.Relative(chartPath, reportFolder);
        }

        var report = format switch
        {
            "json" => ActionsWriter.Json(summary),
            "markdown" => ActionsWriter.Markdown(summary, run.Results.Count, Link, chartLink),
            _ => ActionsWriter.Text(summary, run.Results.Count),
        };

        if (outPath != null)
        {
            if (!FileWriter.Write(outPath, report, force))
            {
                stderr.WriteLine(FileWriter.Exists(PathDisplay.Relative(outPath, currentDirectory), "actions"));
                return CliApplication.UsageError;
            }
        }
        else
        {
            stdout.Write(report);
        }

        return CliApplication.Success;
    }

    /// <summary>A review that cannot be read has no action items to count: say so, rather than report a rate without it.</summary>
    private static void WriteUnreadable(ReviewRun run, TextWriter stderr)
    {
        foreach (var problem in run.SchemaProblems)
        {
            stderr.WriteLine($"pirlint: {problem.Path}({problem.Span.StartLine},{problem.Span.StartColumn}): error {problem.Id}: {problem.Message}");
        }

        foreach (var result in run.Results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Id == RuleCatalog.PIR001.Id && diagnostic.Severity == PirSeverity.Error)
                {
                    stderr.WriteLine($"pirlint: warning: {result.Path} cannot be read as a review, so its action items are not counted; 'pirlint check' says why");
                    break;
                }
            }
        }
    }
}
