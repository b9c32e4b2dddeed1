using System;
using System.IO;
using PirLint.Configuration;
using PirLint.Engine;
using PirLint.Documents;
using PirLint.Model;
using PirLint.Hosting;

namespace PirLint.Cli;

/// <summary>One review read for <c>analyze</c> and <c>agenda</c>: its typed view and the options of its folder.</summary>
internal sealed class ReviewFile
{
    private ReviewFile(string displayName, Review review, PirLintOptions options)
    {
        DisplayName = displayName;
        Review = review;
        Options = options;
    }

    public string DisplayName { get; }

    public Review Review { get; }

    public PirLintOptions Options { get; }

    /// <summary>
    /// The one FILE argument of <paramref name="command"/>, read with its schema and options; null, with the reason on
    /// stderr, when it cannot be read as a review (the command then exits 1).
    /// </summary>
    public static ReviewFile? Load(CommandLine commandLine, string currentDirectory, string command, TextWriter stderr)
    {
        if (commandLine.Paths.Count != 1)
        {
            throw new UsageException($"'{command}' takes one review FILE");
        }

        var full = Path.GetFullPath(Path.Combine(currentDirectory, commandLine.Paths[0]));
        var kind = FileProbe.Kind(full);
        if (kind is FileKind.Missing or FileKind.Directory)
        {
            throw new UsageException($"the file '{commandLine.Paths[0]}' does not exist");
        }

        if (FileKinds.IsSpecial(kind))
        {
            throw new UsageException($"'{commandLine.Paths[0]}' is {FileKinds.Describe(kind)}, not a regular file; PirLint reads only regular files");
        }

        var display = PathDisplay.Relative(full, currentDirectory);
        var schemaPath = CheckCommand.ExistingFile(commandLine.Get("--schema"), currentDirectory, "--schema");
        var configPath = CheckCommand.ExistingFile(commandLine.Get("--config"), currentDirectory, "--config");
        var options = new EditorConfigResolver(configPath, currentDirectory).OptionsFor(full);
        var schemas = new SchemaResolver(schemaPath, p => PathDisplay.Relative(p, currentDirectory));
        var engine = schemas.EngineFor(full);

        // The engine's load path, as 'check' takes it: the same reader, size guard and limits.
        DocumentResult result;
        PirDocument? document = null;
        var content = ReviewFileReader.Read(full);
        result = content.Bytes == null
            ? PirLintEngine.Unreadable(display, content.Problem!, options)
            : engine.Lint(display, content.Bytes, options, out document);
        if (document == null)
        {
            foreach (var d in result.Diagnostics)
            {
                stderr.WriteLine($"{d.Path}({d.Span.StartLine},{d.Span.StartColumn},{d.Span.EndLine},{d.Span.EndColumn}): error {d.Id}: {d.Message}");
            }

            return null;
        }

        return new ReviewFile(display, new Review(document), options);
    }
}
