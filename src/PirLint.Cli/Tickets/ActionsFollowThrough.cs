using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PirLint.Engine;
using PirLint.Hosting;

namespace PirLint.Cli.Tickets;

/// <summary>The parts of <c>pirlint actions</c> that follow items through: <c>--remind</c> on a tracker and <c>--format digest</c>.</summary>
internal static class ActionsFollowThrough
{
    /// <summary>True when the arguments ask for a reminder run or the digest, which this class runs instead of the report.</summary>
    public static bool Handles(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--remind" || args[i] == "--format=digest" || (args[i] == "--format" && i + 1 < args.Length && args[i + 1] == "digest"))
            {
                return true;
            }
        }

        return false;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        if (Array.IndexOf(args, "--remind") >= 0)
        {
            return Remind(args, stdout, stderr, currentDirectory);
        }

        var commandLine = CommandLine.ParseWithFlags(args, new[] { "--force" }, "--format", "--today", "--schema", "--config", "--out");
        var today = commandLine.GetToday();
        var schemaPath = CheckCommand.ExistingFile(commandLine.Get("--schema"), currentDirectory, "--schema");
        var configPath = CheckCommand.ExistingFile(commandLine.Get("--config"), currentDirectory, "--config");
        var paths = commandLine.Paths.Count > 0 ? commandLine.Paths : new List<string> { "." };
        var run = ReviewRun.Lint(ReviewFileFinder.Find(paths, currentDirectory), schemaPath, configPath, currentDirectory, path => PathDisplay.Relative(path, currentDirectory));
        var items = new List<ActionItemRecord>();
        foreach (var result in run.Results)
        {
            items.AddRange(result.ActionItems);
        }

        var digest = DigestWriter.Write(items, today);
        if (commandLine.Get("--out") is { } o)
        {
            var outPath = Path.GetFullPath(Path.Combine(currentDirectory, o));
            if (!FileWriter.Write(outPath, digest, commandLine.Has("--force")))
            {
                stderr.WriteLine(FileWriter.Exists(PathDisplay.Relative(outPath, currentDirectory), "actions"));
                return CliApplication.UsageError;
            }
        }
        else
        {
            stdout.Write(digest);
        }

        return CliApplication.Success;
    }

    private static int Remind(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var options = new List<string>(TrackerSetup.ValueOptions) { "--schema", "--config", "--today", "--every" };
        var commandLine = CommandLine.ParseWithFlags(args, new[] { "--remind", "--dry-run" }, options.ToArray());
        var every = 7;
        if (commandLine.Get("--every") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out every) || every < 1))
        {
            throw new UsageException($"--every '{text}' is not a number of days (1 or more)");
        }

        var reviews = TicketsCommand.Load(commandLine, currentDirectory, stderr, out var unreadable);
        var setup = TrackerSetup.Create(commandLine, currentDirectory);
        try
        {
            var context = new TicketRunContext(setup, reviews, commandLine.GetToday(), commandLine.Has("--dry-run"), currentDirectory, stdout, stderr);
            return unreadable + TicketReminders.RunAsync(context, every).GetAwaiter().GetResult() == 0 ? CliApplication.Success : CliApplication.ErrorsFound;
        }
        finally
        {
            (setup.Tracker as IDisposable)?.Dispose();
        }
    }
}
