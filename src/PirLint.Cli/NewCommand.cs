using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using PirLint.Configuration;
using PirLint.Engine;
using PirLint.Hosting;
using PirLint.Values;

namespace PirLint.Cli;

/// <summary><c>pirlint new</c>: writes a review from the template, dated today, and never overwrites a file unless told to.</summary>
internal static class NewCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var commandLine = CommandLine.ParseWithFlags(args, new[] { "--markdown", "--force" }, "--id", "--out", "--today", "--category");
        if (commandLine.Paths.Count > 0)
        {
            throw new UsageException($"unexpected argument '{commandLine.Paths[0]}'");
        }

        var today = commandLine.GetToday();
        var markdown = commandLine.Has("--markdown");
        var id = commandLine.Get("--id") ?? NextFreeId(currentDirectory, today.Year);
        if (id.Trim().Length == 0 || id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || id.IndexOfAny(new[] { '/', '\\', '\n', '\r' }) >= 0 || id.StartsWith(".", StringComparison.Ordinal))
        {
            throw new UsageException($"--id '{id}' cannot be a file name; write an incident id such as INC-{today.Year}-0001");
        }

        var category = commandLine.Get("--category");
        if (category != null && !Categories().Contains(category))
        {
            var nearest = NearestName.Find(category, Categories());
            throw new UsageException($"--category '{category}' is not a category" + (nearest != null ? $"; did you mean '{nearest}'?" : string.Empty) + $" (allowed: {string.Join(", ", Categories())})");
        }

        var outArgument = commandLine.Get("--out") ?? id + (markdown ? ReviewFiles.MarkdownSuffix : ReviewFiles.YamlSuffix);
        var outPath = Path.GetFullPath(Path.Combine(currentDirectory, outArgument));
        var display = PathDisplay.Relative(outPath, currentDirectory);
        var text = markdown ? ReviewTemplate.Markdown(id, today, category) : ReviewTemplate.Yaml(id, today, category);
        if (commandLine.Has("--force"))
        {
            FileWriter.WriteAtomically(outPath, text);
        }
        else if (Directory.Exists(outPath) || !FileWriter.CreateNew(outPath, text))
        {
            stderr.WriteLine($"pirlint: '{display}' already exists; 'pirlint new' does not overwrite it (choose another --id or --out, or add --force to replace it)");
            return CliApplication.UsageError;
        }

        // Counted as 'pirlint check FILE --today' counts them: the schema and .editorconfig files above the new file apply.
        var places = ReviewRun.Lint(new[] { outPath }, null, null, currentDirectory, path => PathDisplay.Relative(path, currentDirectory)).Diagnostics(today).Count;
        stdout.WriteLine($"Wrote {display}: {places} place(s) marked TODO need the team's facts; 'pirlint check {display}' points at each of them.");
        return CliApplication.Success;
    }

    /// <summary>The categories of the default schema, in its order.</summary>
    private static IReadOnlyList<string> Categories() =>
        PirLint.Schema.PirSchema.Default.Root.FindProperty("incident_summary")?.FindProperty("category")?.Enum ?? Array.Empty<string>();

    /// <summary>INC-YEAR-NNNN, one past the highest such id of this year among the reviews under the current folder.</summary>
    private static string NextFreeId(string currentDirectory, int year)
    {
        var pattern = new Regex("^INC-" + year.ToString(CultureInfo.InvariantCulture) + "-([0-9]{1,9})$", RegexOptions.CultureInvariant);
        var highest = 0;
        var files = ReviewFileFinder.Find(new[] { "." }, currentDirectory);
        foreach (var result in ReviewRun.Lint(files, null, null, currentDirectory, path => PathDisplay.Relative(path, currentDirectory)).Results)
        {
            if (result.IncidentId is { } occurrence && pattern.Match(occurrence.Value.Trim()) is { Success: true } match)
            {
                highest = Math.Max(highest, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        return $"INC-{year.ToString(CultureInfo.InvariantCulture)}-{(highest + 1).ToString("0000", CultureInfo.InvariantCulture)}";
    }
}
