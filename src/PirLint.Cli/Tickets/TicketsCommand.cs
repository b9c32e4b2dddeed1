using System;
using System.Collections.Generic;
using System.IO;

namespace PirLint.Cli.Tickets;

/// <summary><c>pirlint tickets sync|status</c>: tickets from action items, and their state back into the reviews.</summary>
internal static class TicketsCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        if (args.Length == 0 || args[0] is not ("sync" or "status"))
        {
            throw new UsageException("'tickets' takes 'sync' or 'status'");
        }

        var options = new List<string>(TrackerSetup.ValueOptions) { "--schema", "--config", "--today" };
        var commandLine = CommandLine.ParseWithFlags(args[1..], new[] { "--dry-run", "--write" }, options.ToArray());
        if (args[0] == "sync" && commandLine.Has("--write"))
        {
            throw new UsageException("--write goes with 'tickets status'; 'tickets sync' always writes the URLs back (or use --dry-run)");
        }

        var reviews = Load(commandLine, currentDirectory, stderr, out var unreadable);
        var setup = TrackerSetup.Create(commandLine, currentDirectory);
        try
        {
            var context = new TicketRunContext(setup, reviews, commandLine.GetToday(), commandLine.Has("--dry-run"), currentDirectory, stdout, stderr);
            var failures = unreadable + (args[0] == "sync"
                ? TicketSync.RunAsync(context).GetAwaiter().GetResult()
                : TicketStatus.RunAsync(context, commandLine.Has("--write")).GetAwaiter().GetResult());
            return failures == 0 ? CliApplication.Success : CliApplication.ErrorsFound;
        }
        finally
        {
            (setup.Tracker as IDisposable)?.Dispose();
        }
    }

    /// <summary>The reviews named on the command line (default: the current folder); <paramref name="unreadable"/> counts those left out.</summary>
    public static List<LoadedReview> Load(CommandLine commandLine, string currentDirectory, TextWriter stderr, out int unreadable)
    {
        var schemaPath = CheckCommand.ExistingFile(commandLine.Get("--schema"), currentDirectory, "--schema");
        var configPath = CheckCommand.ExistingFile(commandLine.Get("--config"), currentDirectory, "--config");
        var paths = commandLine.Paths.Count > 0 ? commandLine.Paths : new List<string> { "." };
        return LoadedReview.LoadAll(ReviewFileFinder.Find(paths, currentDirectory), schemaPath, configPath, currentDirectory, stderr, out unreadable);
    }
}
