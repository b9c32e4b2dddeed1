using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Microsoft.Build.Framework;
using PirLint.Diagnostics;
using PirLint.Hosting;

namespace PirLint.Build;

/// <summary>
/// Lints a project's reviews with the same engine as the analyzer and the CLI, for projects that do not compile C#,
/// and runs the follow-up rules that need today's date when asked. Logs canonical <c>file(line,col): error PIRnnn</c>.
/// </summary>
public sealed class LintReviews : Microsoft.Build.Utilities.Task
{
    [Required]
    public ITaskItem[] Reviews { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The project's schema (<c>PirLintSchemaFile</c>): named <c>pir.schema.yaml</c>, it is one candidate of the
    /// nearest-schema rule; with another name it governs every review (as <c>pirlint check --schema</c> does).
    /// </summary>
    public string? SchemaFile { get; set; }

    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>Also report PIR901/PIR902, which depend on today's date.</summary>
    public bool TrackActions { get; set; }

    /// <summary>Log only the follow-up rules: in C# projects the analyzer reports the others.</summary>
    public bool FollowUpOnly { get; set; }

    /// <summary>Today's date for the follow-up rules, YYYY-MM-DD; default the local date.</summary>
    public string? Today { get; set; }

    public override bool Execute()
    {
        try
        {
            var directory = string.IsNullOrEmpty(ProjectDirectory) ? Directory.GetCurrentDirectory() : ProjectDirectory;
            var paths = new List<string>();
            foreach (var item in Reviews)
            {
                paths.Add(item.ItemSpec);
            }

            // The items are files the globs matched: Core's walk leaves out what is not a regular file (a FIFO would block
            // the read) and counts a file reached through a link once; one that vanished since is read as PIR001.
            var walk = ReviewFileWalker.Walk(paths, directory);
            foreach (var skipped in walk.NamedNotRegular)
            {
                Log.LogWarning($"PirLint skipped '{skipped.FullPath}': it is {FileKinds.Describe(skipped.Kind)}, not a regular file");
            }

            var files = new List<string>(walk.Files);
            foreach (var missing in walk.NamedMissing)
            {
                files.Add(Path.GetFullPath(Path.Combine(directory, missing)));
            }

            files.Sort(StringComparer.Ordinal);

            // A project schema named pir.schema.yaml is one candidate of the nearest-schema rule; another name governs every review.
            var schema = string.IsNullOrEmpty(SchemaFile) ? null : SchemaSelection.ExplicitProjectSchema(Path.GetFullPath(Path.Combine(directory, SchemaFile)));
            if (schema != null && FileProbe.Kind(schema) == FileKind.Missing)
            {
                schema = null;
            }

            if (!TryParseToday(out var today))
            {
                return false;
            }

            var run = ReviewRun.Lint(files, schema, null, directory, path => path);
            foreach (var warning in run.ConfigWarnings)
            {
                Log.LogWarning(warning);
            }

            var diagnostics = run.Diagnostics(TrackActions ? today : null);

            foreach (var diagnostic in diagnostics)
            {
                if (!FollowUpOnly || RuleCatalog.Find(diagnostic.Id)?.NeedsToday == true)
                {
                    LogDiagnostic(diagnostic);
                }
            }

            return !Log.HasLoggedErrors;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError("PirLint could not read the reviews: " + exception.Message);
            return false;
        }
    }

    private void LogDiagnostic(PirDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var helpLink = RuleCatalog.Find(diagnostic.Id)?.HelpUri;
        switch (diagnostic.Severity)
        {
            case PirSeverity.Error:
                Log.LogError(null, diagnostic.Id, null, helpLink, diagnostic.Path, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, "{0}", diagnostic.Message);
                break;
            case PirSeverity.Warning:
                Log.LogWarning(null, diagnostic.Id, null, helpLink, diagnostic.Path, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, "{0}", diagnostic.Message);
                break;
            default:
                Log.LogMessage(null, diagnostic.Id, null, diagnostic.Path, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, MessageImportance.High,
                    "{0}", diagnostic.Message);
                break;
        }
    }

    private bool TryParseToday(out DateTime today)
    {
        if (string.IsNullOrEmpty(Today))
        {
            today = DateTime.Today;
            return true;
        }

        if (DateTime.TryParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            return true;
        }

        Log.LogError($"PirLintToday '{Today}' is not a date; write YYYY-MM-DD");
        return false;
    }
}
